package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;

/**
 * Deal stage that plans each signed partner's won partner-driven revenue per history year (the trailing 12 months
 * decide the label), with label noise near the threshold and certified partners' revenue calibrated to the target
 * ratio.
 */
final class RevenuePlan extends DealStage {

    RevenuePlan(DealGenerator generator) {
        super(generator);
    }

    private static final double SUCCESS_BASE = 103_000;
    private static final double EXCESS_MEDIAN = 70_000;
    private static final double EXCESS_SIGMA = 0.95;

    // per signed partner: run rate below and above the threshold, each window's share of the run rate, and a
    // trailing-12-month revenue fixed by the label noise
    private double[] base;
    private double[] excess;
    private double[][] factor;
    private boolean[] fixedT12;
    private double[] t12;

    void planTargets() {
        Rng rng = Rng.stream(seed, "revenue-plan");
        int n = b.signedCount;
        base = new double[n];
        excess = new double[n];
        factor = new double[n][b.windows];
        fixedT12 = new boolean[n];
        t12 = new double[n];
        for (int i = 0; i < n; i++) {
            DemoPartner p = partners[i];
            double unsuccessfulLevel = drawRunRate(i, p, rng);
            double[] presence = new double[b.windows];
            for (int w = 0; w < b.windows; w++) {
                presence[w] = unsuccessfulLevel == 0 || rng.chance(unsuccessfulLevel) ? 1 : 0;
            }
            drawLabelNoise(i, p, rng);
            double growth = rng.logNormal(1.08, 0.15);
            for (int w = 0; w < b.windows; w++) {
                double fraction = b.activeFraction(p, w);
                double ramp = b.windowEnd[w] - p.signedDay < 365 ? 0.6 : 1.0;
                factor[i][w] = StrictMath.pow(growth, w - (b.windows - 1)) * fraction * ramp * presence[w];
            }
            p.winRate = p.combined() ? DealGenerator.PAIR_APART_WIN_RATE : p.hyperscaler ? 0.45 : p.successful ? 0.42 : 0.30;
        }
        double k = certifiedMultiplier();
        b.calibration.certifiedExcessMultiplier = k;
        b.calibration.plannedCertifiedRatio = certifiedRatio(k, base, excess, factor, fixedT12, t12);
        for (int i = 0; i < n; i++) {
            DemoPartner p = partners[i];
            for (int w = 0; w < b.windows; w++) {
                double dollars = plannedWindow(i, w, k, base, excess, factor, fixedT12, t12);
                // planned revenue on top of what the pair deals already credited
                p.targetCents[w] = StrictMath.round(dollars * 100) + p.creditedCents[w];
            }
        }
    }

    /**
     * Draws the partner's yearly run rate (base and excess over the threshold) and returns the share of years with
     * revenue for unsuccessful partners (0 for the others: every year).
     */
    private double drawRunRate(int i, DemoPartner p, Rng rng) {
        if (p.diluted) {
            base[i] = rng.uniform(0, 3_000);
        } else if (p.successful) {
            base[i] = SUCCESS_BASE;
            double multiplier = p.hyperscaler ? 4 : p.type == PartnerType.STRATEGIC ? 2 : 1;
            double drawn = rng.logNormal(EXCESS_MEDIAN, EXCESS_SIGMA) * multiplier;
            // pair members' growth comes from their combination; alone they stay modest
            // super-connectors' value comes through their referees: their own revenue stays modest
            excess[i] = p.combined() || p.superConnector ? 0 : drawn;
        } else {
            // unsuccessful partners' revenue is lumpy (many years without a won deal); without
            // certified staff they mostly stay inactive
            double u = rng.uniform();
            int group = p.certified() ? (u < 0.30 ? 0 : u < 0.70 ? 1 : 2) : (u < 0.65 ? 0 : u < 0.92 ? 1 : 2);
            base[i] = group == 0
                    ? rng.uniform(2_000, 20_000)
                    : group == 1
                            ? rng.uniform(10_000, 60_000)
                            : rng.uniform(40_000, 92_000);
            return new double[]{0.3, 0.6, 0.9}[group];
        }
        return 0;
    }

    /** Label noise near the threshold: a few ordinary labelled partners end just on the other side of it. */
    private void drawLabelNoise(int i, DemoPartner p, Rng rng) {
        boolean labelled = b.labelled(p);
        boolean special = p.diluted || p.combined() || p.superConnector || p.hyperscaler;
        double noiseDraw = rng.uniform();
        double nearThreshold = rng.uniform();
        if (labelled && !special && p.successful && noiseDraw < 0.025) {
            p.labelNoise = -1;
            fixedT12[i] = true;
            t12[i] = 85_000 + 13_000 * nearThreshold;
        } else if (labelled && !special && !p.successful && noiseDraw < 0.015) {
            p.labelNoise = 1;
            fixedT12[i] = true;
            t12[i] = 101_000 + 24_000 * nearThreshold;
        }
    }

    /**
     * Certified partners' revenue: the multiple of the successful certified partners' revenue above the threshold
     * (bisection) that makes the per-partner average ratio the target (the label is untouched).
     */
    private double certifiedMultiplier() {
        double lo = 0.1;
        double hi = 10;
        for (int iteration = 0; iteration < 60; iteration++) {
            double mid = 0.5 * (lo + hi);
            if (certifiedRatio(mid, base, excess, factor, fixedT12, t12) < DealGenerator.TARGET_CERTIFIED_REVENUE_RATIO) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Certified partners' revenue above the threshold times k, the others' divided by k. */
    private double runRate(int i, double k, double[] base, double[] excess) {
        return base[i] + (partners[i].certified() ? k : 1 / k) * excess[i];
    }

    private double plannedWindow(int i, int w, double k, double[] base, double[] excess, double[][] factor,
            boolean[] fixedT12, double[] t12) {
        if (w == b.windows - 1 && fixedT12[i]) {
            return t12[i];
        }
        return runRate(i, k, base, excess) * factor[i][w];
    }

    private double certifiedRatio(double k, double[] base, double[] excess, double[][] factor, boolean[] fixedT12,
            double[] t12) {
        double certified = 0;
        double other = 0;
        int certifiedCount = 0;
        int otherCount = 0;
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = partners[i];
            double total = p.pairCreditCents / 100.0;
            for (int w = 0; w < b.windows; w++) {
                total += plannedWindow(i, w, k, base, excess, factor, fixedT12, t12);
            }
            if (p.certified()) {
                certified += total;
                certifiedCount++;
            } else {
                other += total;
                otherCount++;
            }
        }
        if (certifiedCount == 0 || otherCount == 0 || other == 0) {
            return DealGenerator.TARGET_CERTIFIED_REVENUE_RATIO;
        }
        return (certified / certifiedCount) / (other / otherCount);
    }
}
