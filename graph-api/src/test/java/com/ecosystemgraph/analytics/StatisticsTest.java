package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The statistics against values computed by hand (or with R, noted). */
class StatisticsTest {

    @Test
    void wilsonIntervalMatchesTheClosedForm() {
        // p = 0.5, n = 6, z = 1.959964: centre 0.5, half-width z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n) = 0.312387
        Interval ci = Statistics.wilson(3, 6);
        assertThat(ci.lower()).isCloseTo(0.187613, within(1e-5));
        assertThat(ci.upper()).isCloseTo(0.812387, within(1e-5));
        // 0 of 10: R binom::binom.wilson gives [0, 0.2775]
        assertThat(Statistics.wilson(0, 10).lower()).isCloseTo(0.0, within(1e-9));
        assertThat(Statistics.wilson(0, 10).upper()).isCloseTo(0.27753, within(1e-4));
        assertThat(Statistics.wilson(0, 0)).isNull();
    }

    @Test
    void ratesAreNotReportedOnTooFewTrials() {
        assertThat(Statistics.rate(1, 1, 5)).isNull();
        assertThat(Statistics.rate(0, 0, 0)).isNull();
        assertThat(Statistics.rate(2, 5, 5)).isEqualTo(0.4);
        assertThat(Statistics.ratio(1.0, 0.0)).isNull();
        assertThat(Statistics.ratio(null, 2.0)).isNull();
    }

    @Test
    void giniOfHandComputedDistributions() {
        assertThat(Statistics.gini(new double[]{5, 5, 5, 5})).isCloseTo(0.0, within(1e-12));
        // one of four holds everything: (n - 1) / n
        assertThat(Statistics.gini(new double[]{0, 0, 0, 8})).isCloseTo(0.75, within(1e-12));
        // [0, 0, 20, 400, 850]: 2 (3x20 + 4x400 + 5x850) / (5 x 1270) - 6/5
        assertThat(Statistics.gini(new double[]{850, 0, 20, 400, 0})).isCloseTo(11820.0 / 6350 - 1.2, within(1e-12));
        assertThat(Statistics.gini(new double[]{0, 0})).isNull();
        assertThat(Statistics.gini(new double[0])).isNull();
    }

    @Test
    void topShares() {
        double[] values = {50, 20, 10, 10, 5, 5, 0, 0, 0, 0};
        assertThat(Statistics.topShare(values, 0.10)).isCloseTo(0.5, within(1e-12));
        assertThat(Statistics.topShare(values, 0.20)).isCloseTo(0.7, within(1e-12));
        assertThat(Statistics.topShare(new double[]{0, 0}, 0.1)).isNull();
    }

    @Test
    void quantilesInterpolateLinearly() {
        assertThat(Statistics.quantile(new double[]{1, 2, 3, 4}, 0.25)).isCloseTo(1.75, within(1e-12));
        assertThat(Statistics.quantile(new double[]{1, 2, 3, 4}, 0.75)).isCloseTo(3.25, within(1e-12));
        assertThat(Statistics.quantile(new double[]{7}, 0.5)).isEqualTo(7.0);
        assertThat(Statistics.quantile(new double[0], 0.5)).isNull();
    }

    @Test
    void benjaminiHochbergAdjustsInInputOrder() {
        // m = 5; sorted p 0.01 0.02 0.03 0.04 0.5 -> p m / rank 0.05 0.05 0.05 0.05 0.5, monotone from the top
        double[] q = Statistics.benjaminiHochberg(new double[]{0.04, 0.5, 0.01, 0.03, 0.02});
        assertThat(q).containsExactly(new double[]{0.05, 0.5, 0.05, 0.05, 0.05}, within(1e-12));
        // a large p caps at 1; monotone: 0.01 x 2 / 1 = 0.02 but rank 2 gives 0.9 x 2 / 2 = 0.9
        assertThat(Statistics.benjaminiHochberg(new double[]{0.9, 0.01})).containsExactly(new double[]{0.9, 0.02}, within(1e-12));
    }

    @Test
    void fisherExactOneSided() {
        // 8 of 10 against 2 of 10: R fisher.test(matrix(c(8,2,2,8),2), alternative = "greater") p = 0.01151
        assertThat(Statistics.fisherGreater(8, 2, 2, 8)).isCloseTo(0.011507, within(1e-5));
        // the other way round it is not significant
        assertThat(Statistics.fisherGreater(2, 8, 8, 2)).isGreaterThan(0.99);
    }

    @Test
    void theMedianOfHistogramsIsTheMedianOfTheirValues() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            java.util.List<java.util.List<Long>> values = new java.util.ArrayList<>();
            java.util.List<java.util.List<Long>> counts = new java.util.ArrayList<>();
            java.util.List<Double> all = new java.util.ArrayList<>();
            for (int h = 0; h < 1 + random.nextInt(4); h++) {
                java.util.List<Long> v = new java.util.ArrayList<>();
                java.util.List<Long> c = new java.util.ArrayList<>();
                for (int i = 0; i < random.nextInt(5); i++) {
                    long day = random.nextInt(40);
                    long n = 1 + random.nextInt(3);
                    v.add(day);
                    c.add(n);
                    for (int k = 0; k < n; k++) {
                        all.add((double) day);
                    }
                }
                values.add(v);
                counts.add(c);
            }
            assertThat(Statistics.histogramMedian(values, counts)).as("round " + round)
                    .isEqualTo(Statistics.quantile(all.stream().mapToDouble(Double::doubleValue).toArray(), 0.5));
        }
    }
}
