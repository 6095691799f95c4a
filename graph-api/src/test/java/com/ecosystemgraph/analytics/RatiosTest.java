package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.Ratios.Estimate;
import com.ecosystemgraph.analytics.Ratios.Stratum;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** The ratio estimators against values computed by hand (the arithmetic is in the comments). */
class RatiosTest {

    @Test
    void theNormalQuantileComesFromCommonsMath() {
        assertThat(Ratios.Z).isCloseTo(1.959964, within(1e-6));
    }

    @Test
    void mantelHaenszelRiskRatioWithTheGreenlandRobinsVariance() {
        // stratum 1: 10 of 20 against 5 of 20; stratum 2: 30 of 40 against 10 of 20
        List<Stratum> strata = List.of(trials(10, 20, 5, 20), trials(30, 40, 10, 20));
        // R = 10·20/40 + 30·20/60 = 15; S = 5·20/40 + 10·40/60 = 9.1667
        // P = (20·20·15 - 10·5·40)/40² + (40·20·40 - 30·10·60)/60² = 2.5 + 3.8889 = 6.3889; var(ln RR) = P / (R·S)
        Estimate mh = Ratios.mantelHaenszelRiskRatio(strata);
        double s = 2.5 + 400.0 / 60;
        double se = Math.sqrt((2.5 + 14_000.0 / 3600) / (15 * s));
        assertThat(mh.ratio()).isCloseTo(15 / s, within(1e-12));
        assertThat(mh.interval().lower()).isCloseTo(15 / s * Math.exp(-Ratios.Z * se), within(1e-12));
        assertThat(mh.interval().upper()).isCloseTo(15 / s * Math.exp(Ratios.Z * se), within(1e-12));
        // raw: 40/60 against 15/40, Katz: sqrt(1/40 - 1/60 + 1/15 - 1/40)
        Estimate raw = Ratios.riskRatio(40, 60, 15, 40);
        assertThat(raw.ratio()).isCloseTo((40.0 / 60) / (15.0 / 40), within(1e-12));
        assertThat(raw.interval().upper()).isCloseTo(
                raw.ratio() * Math.exp(Ratios.Z * Math.sqrt(1 / 40.0 - 1 / 60.0 + 1 / 15.0 - 1 / 40.0)),
                within(1e-12));
        // a stratum with trials on one side only counts for nothing
        assertThat(Ratios.mantelHaenszelRiskRatio(List.of(trials(10, 20, 5, 20), trials(30, 40, 10, 20), trials(7, 7, 0, 0))).ratio())
                .isCloseTo(15 / s, within(1e-12));
        // no reference success: no ratio
        assertThat(Ratios.mantelHaenszelRiskRatio(List.of(trials(3, 5, 0, 5)))).isNull();
    }

    @Test
    void mantelHaenszelRateRatio() {
        // stratum 1: 10 events in 100 against 5 in 100; stratum 2: 20 in 50 against 30 in 150
        List<Stratum> strata = List.of(trials(10, 100, 5, 100), trials(20, 50, 30, 150));
        // R = 10·100/200 + 20·150/200 = 20, S = 5·100/200 + 30·50/200 = 10; var = (15·100·100 + 50·50·150)/200² / (R·S)
        Estimate mh = Ratios.mantelHaenszelRateRatio(strata);
        assertThat(mh.ratio()).isCloseTo(2.0, within(1e-12));
        double se = Math.sqrt((15 * 100 * 100 + 50 * 50 * 150) / 40_000.0 / 200);
        assertThat(mh.interval().lower()).isCloseTo(2 * Math.exp(-Ratios.Z * se), within(1e-12));
        assertThat(Ratios.rateRatio(30, 150, 35, 250).ratio()).isCloseTo((30 / 150.0) / (35 / 250.0), within(1e-12));
    }

    @Test
    void stratifiedRatioOfMeansIsLikeForLike() {
        // Simpson: within each stratum the group earns twice the reference, but most of the group is in the big stratum
        Stratum small = values(new double[]{18, 22, 20}, new double[]{8, 12, 10, 10, 8, 12});
        Stratum big = values(new double[]{180, 220, 200, 200, 180, 220}, new double[]{90, 110, 100});
        Estimate adjusted = Ratios.stratifiedRatioOfMeans(List.of(small, big));
        assertThat(adjusted.ratio()).isCloseTo(2.0, within(1e-12));
        Estimate raw = Ratios.ratioOfMeans(Ratios.pooled(List.of(small, big), true), Ratios.pooled(List.of(small, big), false));
        assertThat(raw.ratio()).isCloseTo(140.0 / 40, within(1e-12));
        // one stratum: the stratified ratio is the plain one, with the same interval
        Estimate one = Ratios.stratifiedRatioOfMeans(List.of(big));
        Estimate plain = Ratios.ratioOfMeans(big.group, big.reference);
        assertThat(one.ratio()).isCloseTo(plain.ratio(), within(1e-12));
        assertThat(one.interval().lower()).isCloseTo(plain.interval().lower(), within(1e-12));
        // a value seen once in a stratum takes its group's pooled within-stratum variance: the interval does not collapse
        Stratum single = values(new double[]{50}, new double[]{25});
        Estimate withSingle = Ratios.stratifiedRatioOfMeans(List.of(big, single));
        assertThat(withSingle.interval().upper() - withSingle.interval().lower()).isPositive();
        // the same from moments (count, sum, sum of squares) as the database aggregates them
        Stratum fromMoments = new Stratum(Ratios.moments(3, 60, 18 * 18 + 22 * 22 + 20 * 20),
                Ratios.moments(6, 60, 2 * 64 + 2 * 100 + 2 * 144));
        assertThat(Ratios.stratifiedRatioOfMeans(List.of(fromMoments)).interval().upper())
                .isCloseTo(Ratios.stratifiedRatioOfMeans(List.of(small)).interval().upper(), within(1e-9));
    }

    @Test
    void geometricSpeedAndDisagreement() {
        // ln days: group 3, 3.2, 2.8 (mean 3), reference 3.5, 3.5 (mean 3.5): exp(0.5)
        SummaryStatistics group = summary(3, 3.2, 2.8);
        SummaryStatistics reference = summary(3.5, 3.5);
        Estimate speed = Ratios.geometricSpeed(group, reference);
        assertThat(speed.ratio()).isCloseTo(Math.exp(0.5), within(1e-12));
        assertThat(Ratios.stratifiedGeometricSpeed(List.of(new Stratum(group, reference))).ratio()).isCloseTo(Math.exp(0.5), within(1e-12));

        Estimate low = new Estimate(1.0, new Interval(0.9, 1.1));
        Estimate high = new Estimate(1.5, new Interval(1.3, 1.7));
        Estimate wide = new Estimate(1.2, new Interval(1.0, 1.4));
        assertThat(Ratios.disagree(low, high)).isTrue();
        assertThat(Ratios.disagree(high, low)).isTrue();
        assertThat(Ratios.disagree(low, wide)).isFalse();
        assertThat(Ratios.disagree(low, null)).isFalse();
        assertThat(Ratios.disagree(low, new Estimate(2.0, null))).isFalse();
    }

    private static Stratum trials(double a, double n1, double c, double n0) {
        Stratum s = new Stratum(new SummaryStatistics(), new SummaryStatistics());
        s.groupEvents = a;
        s.groupTrials = n1;
        s.referenceEvents = c;
        s.referenceTrials = n0;
        return s;
    }

    private static Stratum values(double[] group, double[] reference) {
        return new Stratum(summary(group), summary(reference));
    }

    private static SummaryStatistics summary(double... values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        return s;
    }
}
