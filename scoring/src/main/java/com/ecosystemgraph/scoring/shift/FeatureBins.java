package com.ecosystemgraph.scoring.shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of one feature over the training partners, as the bins the population stability
 * index compares against: a feature with at most {@link #MAX_BINS} distinct values gets one bin per
 * value (cut half-way between neighbours), any other the training deciles (ties merged). A value
 * falls in the first bin whose cut is at or above it, or in the last bin.
 *
 * @param cuts   ascending cut points; k cuts make k + 1 bins, none means the feature is constant
 * @param counts training partners per bin
 */
public record FeatureBins(List<Double> cuts, List<Integer> counts) {

    /** Bins of a feature with more distinct values than this are deciles. */
    public static final int MAX_BINS = 10;

    public FeatureBins {
        cuts = cuts == null ? List.of() : List.copyOf(cuts);
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    /** Training partners behind the bins. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** True when every training partner had the same value (or there were none). */
    public boolean constant() {
        return cuts.isEmpty();
    }

    /** The bins of the training values. */
    public static FeatureBins of(double[] values) {
        if (values.length == 0) {
            return new FeatureBins(List.of(), List.of());
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] distinct = Arrays.stream(sorted).distinct().toArray();
        List<Double> cuts = new ArrayList<>();
        if (distinct.length <= MAX_BINS) {
            for (int i = 0; i + 1 < distinct.length; i++) {
                cuts.add((distinct[i] + distinct[i + 1]) / 2);
            }
        } else {
            for (int q = 1; q < MAX_BINS; q++) {
                // the q-th decile, taken from the sorted values; a cut equal to the largest value would leave the last bin empty
                double cut = sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length / (double) MAX_BINS) - 1)];
                if (cut < sorted[sorted.length - 1] && (cuts.isEmpty() || cut > cuts.getLast())) {
                    cuts.add(cut);
                }
            }
        }
        FeatureBins empty = new FeatureBins(cuts, List.of());
        return new FeatureBins(cuts, empty.count(values));
    }

    /** The bin of a value. */
    public int binOf(double value) {
        int lo = 0;
        int hi = cuts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (value > cuts.get(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many of the values fall in each of these bins. */
    public List<Integer> count(double[] values) {
        int[] n = new int[cuts.size() + 1];
        for (double v : values) {
            n[binOf(v)]++;
        }
        return Arrays.stream(n).boxed().toList();
    }
}
