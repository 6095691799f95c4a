package com.ecosystemgraph.demodata;

import java.util.Arrays;

/**
 * Deal stage that calibrates from what the partners realised: the direct win rate, amounts and cycle lengths, and the
 * influenced amounts (partner-driven share of won revenue).
 */
final class ChannelCalibration extends DealStage {

    ChannelCalibration(DealGenerator generator) {
        super(generator);
    }

    void calibrateDirect() {
        Rng rng = Rng.stream(seed, "direct-calibration");
        long sourcedWon = 0;
        long sourcedClosed = 0;
        int segments = Vocabulary.SEGMENTS.length;
        double[] coSoldWonAmount = new double[segments];
        long[] coSoldWon = new long[segments];
        IntList closedDirect = new IntList();
        for (int d = 0; d < deals.size; d++) {
            byte source = deals.source[d];
            byte outcome = deals.outcome[d];
            if (source == DealStore.PARTNER_SOURCED && outcome != DealStore.OPEN) {
                sourcedClosed++;
                sourcedWon += outcome == DealStore.WON ? 1 : 0;
            } else if (source == DealStore.CO_SOLD && outcome == DealStore.WON) {
                int segment = customers[deals.customer[d]].segment;
                coSoldWon[segment]++;
                coSoldWonAmount[segment] += deals.amountCents[d];
            } else if (source == DealStore.DIRECT && outcome != DealStore.OPEN) {
                closedDirect.add(d);
            }
        }
        double sourcedRate = sourcedWon / (double) Math.max(1, sourcedClosed);
        double directRate = sourcedRate / DealGenerator.TARGET_SOURCED_VS_DIRECT_WIN_RATE;
        int[] order = closedDirect.toArray();
        rng.shuffle(order);
        int won = (int) StrictMath.round(directRate * order.length);
        double[] directWonAmount = new double[segments];
        long[] directWon = new long[segments];
        for (int k = 0; k < order.length; k++) {
            deals.outcome[order[k]] = k < won ? DealStore.WON : DealStore.LOST;
            if (k < won) {
                int segment = customers[deals.customer[order[k]]].segment;
                directWon[segment]++;
                directWonAmount[segment] += deals.amountCents[order[k]];
            }
        }
        scaleDirectAmounts(won, coSoldWonAmount, coSoldWon, directWonAmount, directWon);
        calibrateDirectCycles();
        b.calibration.sourcedWinRate = sourcedRate;
        b.calibration.directWinRate = won / (double) Math.max(1, order.length);
    }

    /**
     * Like for like: within each customer segment, won co-sold deals average the target multiple of won direct deals
     * (the mix of segments differs between the channels, so the raw ratio does not); direct amounts are scaled so.
     */
    private void scaleDirectAmounts(int won, double[] coSoldWonAmount, long[] coSoldWon, double[] directWonAmount,
            long[] directWon) {
        int segments = Vocabulary.SEGMENTS.length;
        double allCoSold = Arrays.stream(coSoldWonAmount).sum() / Math.max(1, Arrays.stream(coSoldWon).sum());
        double allDirect = Arrays.stream(directWonAmount).sum() / Math.max(1, Arrays.stream(directWon).sum());
        double overall = won > 0 && allCoSold > 0 ? allCoSold / DealGenerator.TARGET_CO_SOLD_VS_DIRECT_AMOUNT / allDirect : 1;
        double[] scale = new double[segments];
        for (int segment = 0; segment < segments; segment++) {
            scale[segment] = coSoldWon[segment] > 0 && directWon[segment] > 0
                    ? (coSoldWonAmount[segment] / coSoldWon[segment]) / DealGenerator.TARGET_CO_SOLD_VS_DIRECT_AMOUNT
                            / (directWonAmount[segment] / directWon[segment])
                    : overall;
        }
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == DealStore.DIRECT) {
                double factor = scale[customers[deals.customer[d]].segment];
                deals.amountCents[d] = Math.max(50_000, StrictMath.round(deals.amountCents[d] * factor));
            }
        }
        b.calibration.directAmountScale = overall;
        b.calibration.directAmountScaleBySegment = scale;
    }

    /**
     * Partners' deals cannot start before the partner signed, which trims their cycle lengths a little;
     * direct cycles are stretched or shrunk by the same small factor so that the median days to close
     * of won direct deals is the target multiple of co-sold ones.
     */
    private void calibrateDirectCycles() {
        double coSold = medianWonCycle(DealStore.CO_SOLD);
        double direct = medianWonCycle(DealStore.DIRECT);
        if (coSold <= 0 || direct <= 0) {
            return;
        }
        double factor = DealGenerator.TARGET_CO_SOLD_SPEED * coSold / direct;
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == DealStore.DIRECT && deals.closed[d] != DealStore.NONE && !g.plantedConflictDeals.get(d)) {
                int cycle = deals.closed[d] - deals.created[d];
                int lower = historyStartDay + 1;
                for (int r = deals.firstRow[d]; r < deals.firstRow[d] + deals.rowCount[d]; r++) {
                    lower = Math.max(lower, partners[deals.rowPartner[r]].signedDay);
                }
                int created = deals.closed[d] - (int) StrictMath.round(cycle * factor);
                deals.created[d] = Math.min(deals.closed[d], Math.max(lower, created));
            }
        }
        b.calibration.directCycleFactor = factor;
    }

    private double medianWonCycle(byte source) {
        IntList cycles = new IntList();
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == source && deals.outcome[d] == DealStore.WON) {
                cycles.add(deals.closed[d] - deals.created[d]);
            }
        }
        int[] values = cycles.toArray();
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    void calibrateInfluenced() {
        double partnerDriven = 0;
        double direct = 0;
        double influenced = 0;
        for (int d = 0; d < deals.size; d++) {
            if (deals.outcome[d] != DealStore.WON) {
                continue;
            }
            switch (deals.source[d]) {
                case DealStore.PARTNER_SOURCED, DealStore.CO_SOLD -> partnerDriven += deals.amountCents[d];
                case DealStore.DIRECT -> direct += deals.amountCents[d];
                default -> influenced += deals.amountCents[d];
            }
        }
        double needed = partnerDriven / DealGenerator.TARGET_PARTNER_REVENUE_SHARE - partnerDriven - direct;
        double scale = influenced <= 0 ? 1 : Math.max(0.1, Math.min(4.0, needed / influenced));
        for (int d = 0; d < deals.size; d++) {
            if (deals.source[d] == DealStore.PARTNER_INFLUENCED) {
                deals.amountCents[d] = Math.max(50_000, StrictMath.round(deals.amountCents[d] * scale));
            }
        }
        b.calibration.influencedAmountScale = scale;
    }
}
