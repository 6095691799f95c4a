package com.ecosystemgraph.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * The statistics of the analytics, on aggregates. Wilson and Fisher come from Commons Math /
 * Commons Statistics; Gini, shares, quantiles and Benjamini-Hochberg are a few lines each and
 * have no equivalent there (Commons Statistics has no multiple-testing correction).
 */
public final class Statistics {

    private static final FisherExactTest FISHER_GREATER = FisherExactTest.withDefaults().with(AlternativeHypothesis.GREATER_THAN);

    private Statistics() {
    }

    /** 95% Wilson score interval of a proportion; null when there is no trial. */
    public static Interval wilson(long successes, long trials) {
        if (trials <= 0) {
            return null;
        }
        ConfidenceInterval ci = IntervalUtils.getWilsonScoreInterval(Math.toIntExact(trials), Math.toIntExact(successes), 0.95);
        return new Interval(ci.getLowerBound(), ci.getUpperBound());
    }

    /** successes / trials, or null below {@code minTrials} (so 1 of 1 is never reported as 100%). */
    public static Double rate(long successes, long trials, long minTrials) {
        return trials < Math.max(1, minTrials) ? null : (double) successes / trials;
    }

    /** a / b, or null when either is null or b is not positive. */
    public static Double ratio(Double a, Double b) {
        return a == null || b == null || b <= 0 ? null : a / b;
    }

    /**
     * One-sided Fisher exact test that the first row's success odds exceed the second's:
     * [[successA, failureA], [successB, failureB]].
     */
    public static double fisherGreater(long successA, long failureA, long successB, long failureB) {
        int[][] table = {{Math.toIntExact(successA), Math.toIntExact(failureA)}, {Math.toIntExact(successB), Math.toIntExact(failureB)}};
        return FISHER_GREATER.test(table).getPValue();
    }

    /** Benjamini-Hochberg adjusted p-values (q-values), in the order of the input. */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = Math.min(1.0, running);
        }
        return q;
    }

    /** Gini coefficient of non-negative values (0 = equal, near 1 = one holds all); null when empty or all zero. */
    public static Double gini(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < x.length; i++) {
            total += x[i];
            weighted += (i + 1) * x[i];
        }
        if (total <= 0) {
            return null;
        }
        int n = x.length;
        return (2 * weighted) / (n * total) - (n + 1.0) / n;
    }

    /** Share of the total held by the top ceil(fraction x n) values; null when empty or all zero. */
    public static Double topShare(double[] values, double fraction) {
        double total = Arrays.stream(values).sum();
        if (values.length == 0 || total <= 0) {
            return null;
        }
        double[] ascending = values.clone();
        Arrays.sort(ascending);
        int k = (int) Math.ceil(fraction * ascending.length - 1e-9);
        double top = 0;
        for (int i = ascending.length - 1; i >= ascending.length - k; i--) {
            top += ascending[i];
        }
        return top / total;
    }

    /** Linear-interpolation quantile (R type 7, as spreadsheets); null when empty. */
    public static Double quantile(double[] values, double q) {
        if (values.length == 0) {
            return null;
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, x.length - 1);
        return x[lo] + (h - lo) * (x[hi] - x[lo]);
    }

    /**
     * The median (as {@link #quantile} and Cypher's percentileCont) of values given as histograms:
     * in each pair of lists, values.get(i) occurs counts.get(i) times; null when empty.
     */
    public static Double histogramMedian(List<List<Long>> values, List<List<Long>> counts) {
        java.util.TreeMap<Long, Long> merged = new java.util.TreeMap<>();
        for (int h = 0; h < values.size(); h++) {
            for (int i = 0; i < values.get(h).size(); i++) {
                merged.merge(values.get(h).get(i), counts.get(h).get(i), Long::sum);
            }
        }
        long n = merged.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double h = (n - 1) * 0.5;
        long lo = (long) Math.floor(h);
        long hi = Math.min(lo + 1, n - 1);
        Long loValue = null;
        Long hiValue = null;
        long seen = 0;
        for (var entry : merged.entrySet()) {
            seen += entry.getValue();
            if (loValue == null && seen > lo) {
                loValue = entry.getKey();
            }
            if (seen > hi) {
                hiValue = entry.getKey();
                break;
            }
        }
        return loValue + (h - lo) * (hiValue - loValue);
    }
}
