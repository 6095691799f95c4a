package com.ecosystemgraph.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.AggregateSummaryStatistics;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;

/**
 * Ratios of two groups with 95% intervals, raw and like for like (stratified), on aggregates
 * (docs/analytics.md, "How sure: ratios and their intervals").
 *
 * <p>Like for like is a stratified estimate with Mantel-Haenszel weights: within each stratum (for
 * partners: type x size band x region; for deals: customer segment x industry x region) the two
 * groups are compared, and the strata are pooled with weight n1·n0 / (n1 + n0), so a stratum
 * counts by how much it can compare, and a stratum holding only one of the groups counts for
 * nothing. Risk ratios (win rates) and rate ratios (events per unit of exposure) use the
 * Mantel-Haenszel estimators with the Greenland-Robins variances, which stay valid when many
 * strata are small; ratios of means (revenue per partner, deal size) and of geometric means
 * (days to close) use the same weights with a delta-method variance from each stratum's sample
 * variance. Neither Commons Math nor Commons Statistics has stratified estimators; the normal
 * quantile and the descriptive statistics come from Commons Math.
 */
public final class Ratios {

    /** 97.5 % quantile of the standard normal (a two-sided 95 % interval). */
    public static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

    private Ratios() {
    }

    /** A ratio of the first group to the reference with its 95% interval (null interval: not estimable). */
    public record Estimate(double ratio, Interval interval) {

        static Estimate onLogScale(double ratio, double standardError) {
            if (!(ratio > 0) || !Double.isFinite(standardError)) {
                return new Estimate(ratio, null);
            }
            return new Estimate(ratio, new Interval(ratio * Math.exp(-Z * standardError), ratio * Math.exp(Z * standardError)));
        }
    }

    /** Both groups in one stratum: their values' summaries, and their events and trials (or exposure). */
    public static final class Stratum {
        public final StatisticalSummary group;
        public final StatisticalSummary reference;
        /** Successes (won deals, events) and trials (closed deals, exposure) of each group. */
        public double groupEvents;
        public double groupTrials;
        public double referenceEvents;
        public double referenceTrials;

        public Stratum(StatisticalSummary group, StatisticalSummary reference) {
            this.group = group;
            this.reference = reference;
        }

        public boolean comparable() {
            return group.getN() > 0 && reference.getN() > 0;
        }

        public boolean comparableTrials() {
            return groupTrials > 0 && referenceTrials > 0;
        }
    }

    /** A summary from moments (count, sum, sum of squares), when the values themselves were aggregated in the database. */
    public static StatisticalSummary moments(long n, double sum, double sumOfSquares) {
        double mean = n > 0 ? sum / n : Double.NaN;
        double variance = n > 1 ? Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1)) : 0;
        return new StatisticalSummaryValues(mean, variance, n, Double.NaN, Double.NaN, sum);
    }

    /** All values of one side over the strata. */
    public static StatisticalSummary pooled(Collection<Stratum> strata, boolean group) {
        List<StatisticalSummary> parts = new ArrayList<>();
        for (Stratum s : strata) {
            StatisticalSummary x = group ? s.group : s.reference;
            if (x.getN() > 0) {
                parts.add(x);
            }
        }
        return parts.isEmpty()
                ? new StatisticalSummaryValues(Double.NaN, 0, 0, Double.NaN, Double.NaN, 0)
                : AggregateSummaryStatistics.aggregate(parts);
    }

    // ---------------------------------------------------------------- ratios of means

    /** Mean of the group / mean of the reference (delta method on the log); null when the reference mean is not positive. */
    public static Estimate ratioOfMeans(StatisticalSummary group, StatisticalSummary reference) {
        if (group.getN() == 0 || reference.getN() == 0 || !(reference.getMean() > 0)) {
            return null;
        }
        double m1 = group.getMean();
        double m0 = reference.getMean();
        double se = Math.sqrt(variance(group) / (group.getN() * m1 * m1) + variance(reference) / (reference.getN() * m0 * m0));
        return Estimate.onLogScale(m1 / m0, se);
    }

    /**
     * Mantel-Haenszel-weighted ratio of means Σ w·m1 / Σ w·m0, w = n1·n0/(n1 + n0), over the strata
     * holding both groups. Variance: delta method, each stratum mean with its sample variance over
     * n; a group seen once in a stratum takes that group's pooled within-stratum variance.
     */
    public static Estimate stratifiedRatioOfMeans(Collection<Stratum> strata) {
        double pooled1 = pooledVariance(strata, true);
        double pooled0 = pooledVariance(strata, false);
        double a = 0;
        double b = 0;
        double varA = 0;
        double varB = 0;
        for (Stratum s : strata) {
            if (!s.comparable()) {
                continue;
            }
            double n1 = s.group.getN();
            double n0 = s.reference.getN();
            double w = n1 * n0 / (n1 + n0);
            a += w * s.group.getMean();
            b += w * s.reference.getMean();
            varA += w * w * (n1 >= 2 ? s.group.getVariance() : pooled1) / n1;
            varB += w * w * (n0 >= 2 ? s.reference.getVariance() : pooled0) / n0;
        }
        if (!(b > 0)) {
            return null;
        }
        return Estimate.onLogScale(a / b, a > 0 ? Math.sqrt(varA / (a * a) + varB / (b * b)) : Double.NaN);
    }

    // ---------------------------------------------------------------- ratios of geometric means

    /**
     * exp(mean of the reference's values - mean of the group's values) for values already on the log
     * scale: with log days to close, reference days / group days as geometric means (above 1: the
     * group is faster). Null without values in either group.
     */
    public static Estimate geometricSpeed(StatisticalSummary groupLogs, StatisticalSummary referenceLogs) {
        if (groupLogs.getN() == 0 || referenceLogs.getN() == 0) {
            return null;
        }
        double d = referenceLogs.getMean() - groupLogs.getMean();
        double se = Math.sqrt(variance(groupLogs) / groupLogs.getN() + variance(referenceLogs) / referenceLogs.getN());
        return Estimate.onLogScale(Math.exp(d), se);
    }

    /** The same over strata: the difference of log means pooled with Mantel-Haenszel weights. */
    public static Estimate stratifiedGeometricSpeed(Collection<Stratum> strata) {
        double pooled1 = pooledVariance(strata, true);
        double pooled0 = pooledVariance(strata, false);
        double weights = 0;
        double sum = 0;
        double variance = 0;
        for (Stratum s : strata) {
            if (!s.comparable()) {
                continue;
            }
            double n1 = s.group.getN();
            double n0 = s.reference.getN();
            double w = n1 * n0 / (n1 + n0);
            weights += w;
            sum += w * (s.reference.getMean() - s.group.getMean());
            variance += w * w * ((n1 >= 2 ? s.group.getVariance() : pooled1) / n1 + (n0 >= 2 ? s.reference.getVariance() : pooled0) / n0);
        }
        if (weights <= 0) {
            return null;
        }
        return Estimate.onLogScale(Math.exp(sum / weights), Math.sqrt(variance) / weights);
    }

    // ---------------------------------------------------------------- risk ratios (win rates)

    /** (a/n1) / (c/n0) with the Katz log interval; null when the reference has no success. */
    public static Estimate riskRatio(double a, double n1, double c, double n0) {
        if (n1 <= 0 || n0 <= 0 || c <= 0) {
            return null;
        }
        double ratio = (a / n1) / (c / n0);
        return Estimate.onLogScale(ratio, a > 0 ? Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0) : Double.NaN);
    }

    /**
     * Mantel-Haenszel risk ratio Σ a·n0/N / Σ c·n1/N over the strata with trials in both groups, with
     * the Greenland-Robins (1985) variance of its log: Σ (n1·n0·(a + c) - a·c·N)/N² / (Σ a·n0/N · Σ c·n1/N).
     */
    public static Estimate mantelHaenszelRiskRatio(Collection<Stratum> strata) {
        return mantelHaenszel(strata, (a, n1, c, n0, n) -> (n1 * n0 * (a + c) - a * c * n) / (n * n));
    }

    /** One stratum's term of a Greenland-Robins variance: events and trials (or exposure) of the group, then of the reference, then their sum. */
    private interface VarianceTerm {
        double of(double a, double n1, double c, double n0, double n);
    }

    /** Σ a·n0/N / Σ c·n1/N over the strata with trials (exposure) in both groups; var(log) = Σ term / (Σ a·n0/N · Σ c·n1/N). */
    private static Estimate mantelHaenszel(Collection<Stratum> strata, VarianceTerm term) {
        double r = 0;
        double s = 0;
        double p = 0;
        for (Stratum x : strata) {
            if (!x.comparableTrials()) {
                continue;
            }
            double n = x.groupTrials + x.referenceTrials;
            r += x.groupEvents * x.referenceTrials / n;
            s += x.referenceEvents * x.groupTrials / n;
            p += term.of(x.groupEvents, x.groupTrials, x.referenceEvents, x.referenceTrials, n);
        }
        if (!(s > 0)) {
            return null;
        }
        return Estimate.onLogScale(r / s, r > 0 ? Math.sqrt(p / (r * s)) : Double.NaN);
    }

    // ---------------------------------------------------------------- rate ratios (events per exposure)

    /** (events1/exposure1) / (events0/exposure0), Poisson interval on the log; null when the reference has no event. */
    public static Estimate rateRatio(double events1, double exposure1, double events0, double exposure0) {
        if (exposure1 <= 0 || exposure0 <= 0 || events0 <= 0) {
            return null;
        }
        return Estimate.onLogScale((events1 / exposure1) / (events0 / exposure0),
                events1 > 0 ? Math.sqrt(1 / events1 + 1 / events0) : Double.NaN);
    }

    /**
     * Mantel-Haenszel rate ratio Σ a·T0/T / Σ b·T1/T with the Greenland-Robins variance of its log
     * Σ (a + b)·T1·T0/T² / (Σ a·T0/T · Σ b·T1/T); events and exposure in the strata's trial fields.
     */
    public static Estimate mantelHaenszelRateRatio(Collection<Stratum> strata) {
        return mantelHaenszel(strata, (a, t1, b, t0, t) -> (a + b) * t1 * t0 / (t * t));
    }

    // ---------------------------------------------------------------- helpers

    /** True when both intervals exist and do not overlap: the two readings disagree beyond their uncertainty. */
    public static boolean disagree(Estimate raw, Estimate adjusted) {
        if (raw == null || adjusted == null || raw.interval() == null || adjusted.interval() == null) {
            return false;
        }
        return raw.interval().upper() < adjusted.interval().lower() || adjusted.interval().upper() < raw.interval().lower();
    }

    /** Sample variance, 0 for a single value. */
    private static double variance(StatisticalSummary s) {
        return s.getN() >= 2 ? s.getVariance() : 0;
    }

    /**
     * One group's variance within strata, pooled over the strata where it has two or more values
     * (Σ (n - 1)·s² / Σ (n - 1)); for strata where it was seen once. Without any such stratum, the
     * group's variance over all its values in those strata (between-strata differences included, so larger).
     */
    private static double pooledVariance(Collection<Stratum> strata, boolean group) {
        double sum = 0;
        double df = 0;
        List<StatisticalSummary> all = new ArrayList<>();
        for (Stratum s : strata) {
            StatisticalSummary x = group ? s.group : s.reference;
            if (s.comparable()) {
                all.add(x);
                if (x.getN() >= 2) {
                    sum += (x.getN() - 1) * x.getVariance();
                    df += x.getN() - 1;
                }
            }
        }
        if (df > 0) {
            return sum / df;
        }
        StatisticalSummary overall = AggregateSummaryStatistics.aggregate(all);
        return overall != null && overall.getN() >= 2 ? overall.getVariance() : 0;
    }
}
