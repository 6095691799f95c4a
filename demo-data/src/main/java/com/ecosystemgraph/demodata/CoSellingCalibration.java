package com.ecosystemgraph.demodata;

/**
 * Deal stage that moves single-partner deals between partner-sourced and co-sold to hit the level-3 versus level-1
 * integration co-selling ratio.
 */
final class CoSellingCalibration extends DealStage {

    CoSellingCalibration(DealGenerator generator) {
        super(generator);
    }

    /**
     * Moves single-partner deals of integration builders between partner-sourced and co-sold until
     * partners whose deepest integration is level 3 average the target multiple of level-1 builders'
     * co-sold deals. Credited revenue is unchanged (both roles are credited), so labels stay as drawn.
     */
    void calibrateIntegrationCoSelling() {
        Rng rng = Rng.stream(seed, "co-sell-calibration");
        int[] coSold = new int[partners.length];
        for (int r = 0; r < deals.rows; r++) {
            if (deals.rowRole[r] == DealStore.CO_SELLER) {
                coSold[deals.rowPartner[r]]++;
            }
        }
        long[] total = new long[4];
        int[] builders = new int[4];
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = partners[i];
            if (p.integrationCount > 0) {
                total[p.maxDepth] += coSold[i];
                builders[p.maxDepth]++;
            }
        }
        if (builders[1] == 0 || builders[3] == 0) {
            return;
        }
        // candidate deals per (depth, current role)
        IntList deep3Sourced = new IntList();
        IntList deep3CoSold = new IntList();
        IntList deep1Sourced = new IntList();
        IntList deep1CoSold = new IntList();
        for (int d = 0; d < deals.size; d++) {
            if (deals.pair[d] >= 0 || g.plantedConflictDeals.get(d) || deals.source[d] == DealStore.DIRECT
                    || deals.source[d] == DealStore.PARTNER_INFLUENCED) {
                continue;
            }
            int credited = -1;
            int creditedRows = 0;
            for (int r = deals.firstRow[d]; r < deals.firstRow[d] + deals.rowCount[d]; r++) {
                if (deals.rowRole[r] != DealStore.INFLUENCED) {
                    credited = r;
                    creditedRows++;
                }
            }
            if (creditedRows != 1) {
                continue;
            }
            DemoPartner p = partners[deals.rowPartner[credited]];
            if (p.integrationCount == 0 || (p.maxDepth != 1 && p.maxDepth != 3)) {
                continue;
            }
            boolean isCoSold = deals.rowRole[credited] == DealStore.CO_SELLER;
            (p.maxDepth == 3 ? (isCoSold ? deep3CoSold : deep3Sourced) : (isCoSold ? deep1CoSold : deep1Sourced)).add(d);
        }
        int swaps = 0;
        double target = DealGenerator.TARGET_LEVEL3_VS_LEVEL1_CO_SOLD;
        double ratio = ratio(total, builders);
        if (ratio < target) {
            swaps += swapUntil(rng, deep3Sourced, true, total, builders, 3, target, true);
            swaps += swapUntil(rng, deep1CoSold, false, total, builders, 1, target, true);
        } else {
            swaps += swapUntil(rng, deep1Sourced, true, total, builders, 1, target, false);
            swaps += swapUntil(rng, deep3CoSold, false, total, builders, 3, target, false);
        }
        b.calibration.roleSwaps = swaps;
    }

    private static double ratio(long[] total, int[] builders) {
        double level1 = total[1] / (double) builders[1];
        double level3 = total[3] / (double) builders[3];
        return level1 == 0 ? Double.POSITIVE_INFINITY : level3 / level1;
    }

    private int swapUntil(Rng rng, IntList candidates, boolean toCoSold, long[] total, int[] builders, int depth,
            double target, boolean raising) {
        int[] order = candidates.toArray();
        rng.shuffle(order);
        int swaps = 0;
        for (int d : order) {
            double current = ratio(total, builders);
            if (raising ? current >= target : current <= target) {
                break;
            }
            if (swapRole(d, toCoSold)) {
                total[depth] += toCoSold ? 1 : -1;
                swaps++;
            }
        }
        return swaps;
    }

    private boolean swapRole(int d, boolean toCoSold) {
        int row = -1;
        for (int r = deals.firstRow[d]; r < deals.firstRow[d] + deals.rowCount[d]; r++) {
            if (deals.rowRole[r] != DealStore.INFLUENCED) {
                row = r;
            }
        }
        DemoPartner p = partners[deals.rowPartner[row]];
        int created = deals.created[d];
        if (deals.closed[d] != DealStore.NONE) {
            // keep the deal's place in its cycle-length distribution (quantile transform)
            int cycle = deals.closed[d] - created;
            double factor = toCoSold
                    ? DealGenerator.CO_SOLD_CYCLE / DealGenerator.SOURCED_CYCLE
                    : DealGenerator.SOURCED_CYCLE / DealGenerator.CO_SOLD_CYCLE;
            int lower = Math.max(historyStartDay + 1, p.signedDay + 3);
            int newCreated = Math.max(lower, deals.closed[d] - (int) StrictMath.round(cycle * factor));
            if (newCreated > deals.closed[d]) {
                return false;
            }
            if (deals.rowRegistered[row] != DealStore.NONE) {
                int shifted = deals.rowRegistered[row] + (newCreated - created);
                deals.rowRegistered[row] = Math.max(p.signedDay, Math.min(shifted, deals.closed[d]));
            }
            deals.created[d] = newCreated;
        }
        deals.rowRole[row] = toCoSold ? DealStore.CO_SELLER : DealStore.SOURCED;
        deals.source[d] = toCoSold ? DealStore.CO_SOLD : DealStore.PARTNER_SOURCED;
        return true;
    }
}
