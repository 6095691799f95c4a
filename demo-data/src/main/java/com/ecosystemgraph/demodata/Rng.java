package com.ecosystemgraph.demodata;

import java.util.SplittableRandom;

/**
 * The generator's only source of randomness: a {@link SplittableRandom} plus the few
 * distributions the generator needs.
 *
 * <p>The distributions are written out here (with {@link StrictMath}) instead of using the JDK's
 * {@code nextGaussian()} or {@code Math.log}, whose algorithms or last-bit results may differ
 * between JDK versions or JIT tiers: the demo data must be byte-identical for the same options on
 * every machine.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * An independent stream for one named purpose, so that adding draws to one phase of the
     * generator does not shift the numbers of every other phase.
     */
    static Rng stream(long seed, String purpose) {
        long h = 1125899906842597L;
        for (int i = 0; i < purpose.length(); i++) {
            h = 31 * h + purpose.charAt(i);
        }
        return new Rng(mix(seed ^ mix(h)));
    }

    /** An independent stream for one item (a partner, a pair...) of a named purpose. */
    static Rng stream(long seed, String purpose, long item) {
        return stream(mix(seed + 0x9E3779B97F4A7C15L * (item + 1)), purpose);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [from, to] (both inclusive). */
    int between(int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal by the Box-Muller transform (one value per call, no cached spare). */
    double gaussian() {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        if (u1 < 1e-300) {
            u1 = 1e-300;
        }
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Poisson by inversion for small means, normal approximation above 40. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return Math.max(0, (int) StrictMath.round(mean + StrictMath.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Rounds {@code value} up or down at random so that the expectation is {@code value}. */
    int stochasticRound(double value) {
        double floor = StrictMath.floor(value);
        return (int) floor + (chance(value - floor) ? 1 : 0);
    }

    /** Index drawn with probability proportional to {@code weights[i]}. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Index into a cumulative weight table (non-decreasing, last entry the total). */
    int weightedCumulative(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
