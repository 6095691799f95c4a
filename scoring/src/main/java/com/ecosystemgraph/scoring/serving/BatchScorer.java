package com.ecosystemgraph.scoring.serving;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.IppModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores every partner and prospect in one batch. Percentiles are relative to the active signed
 * partners of the same batch, so "80th percentile" reads "better than 80% of our partners" for a
 * prospect too.
 */
public final class BatchScorer {

    private final IppModel model;

    public BatchScorer(IppModel model) {
        this.model = model;
    }

    public List<PartnerScore> score(List<PartnerFeatures> rows) {
        double[] p = model.probabilities(rows);
        double[] reference = referenceDistribution(rows, p);
        List<PartnerScore> scores = new ArrayList<>(rows.size());
        for (int i = 0; i < p.length; i++) {
            PartnerFeatures row = rows.get(i);
            scores.add(new PartnerScore(row.id(), row.status(), p[i], (int) Math.round(100 * p[i]),
                    percentile(reference, p[i])));
        }
        return scores;
    }

    /** Sorted probabilities of the active partners (of everyone when there is none). */
    static double[] referenceDistribution(List<PartnerFeatures> rows, double[] p) {
        double[] active = new double[p.length];
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if ("active".equals(rows.get(i).status())) {
                active[n++] = p[i];
            }
        }
        double[] reference = n > 0 ? Arrays.copyOf(active, n) : p.clone();
        Arrays.sort(reference);
        return reference;
    }

    /** Share (0-100) of the sorted reference values below {@code value}, ties counted half. */
    public static double percentile(double[] sortedReference, double value) {
        if (sortedReference.length == 0) {
            return 0;
        }
        int below = lowerBound(sortedReference, value);
        int notAbove = upperBound(sortedReference, value);
        return 100.0 * (below + 0.5 * (notAbove - below)) / sortedReference.length;
    }

    static int lowerBound(double[] a, double v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int upperBound(double[] a, double v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
