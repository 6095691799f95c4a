package com.ecosystemgraph.scoring.serving;

import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Scores every partner and prospect in one batch, each with the model that serves it (prospects:
 * the prospect model; signed partners: the partner model when the run kept one). Percentiles are
 * relative to the active signed partners of the same batch scored by the same model, so "80th
 * percentile" reads "better than 80% of our partners" for a prospect too.
 *
 * <p>Every prospect score carries the shift of today's prospects from the partners the prospect
 * model learned from: when a feature it reads shifted beyond the threshold, the confidence is
 * {@link ScoreConfidence#LOW} with a note naming the features. A company known by nothing but its
 * name gets the base rate of the training partners and {@link ScoreConfidence#INSUFFICIENT_DATA}.
 */
public final class BatchScorer {

    /** The scores of a batch and the shift of its prospects. */
    public record Batch(List<PartnerScore> scores, ShiftReport shift) {
    }

    static final String INSUFFICIENT = "Insufficient data: nothing is known of this company beyond its name, so the score is the"
            + " base rate of the partners the model learned from, not a judgement of it";

    private final ScoringModels models;

    public BatchScorer(ScoringModels models) {
        this.models = models;
    }

    public List<PartnerScore> score(List<PartnerFeatures> rows) {
        return scoreWithShift(rows).scores();
    }

    /** Scores the rows and measures how far their prospects are from the training partners. */
    public Batch scoreWithShift(List<PartnerFeatures> rows) {
        ShiftReport shift = shift(rows);
        String lowConfidence = shift.lowConfidenceNote();
        double[] fromProspect = models.prospect().probabilities(rows);
        double[] fromPartner = models.partner() == null ? null : models.partner().probabilities(rows);
        double[] prospectReference = referenceDistribution(rows, fromProspect);
        double[] partnerReference = fromPartner == null ? null : referenceDistribution(rows, fromPartner);
        List<PartnerScore> scores = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PartnerFeatures row = rows.get(i);
            IppModel model = models.modelFor(row);
            boolean partnerModel = model == models.partner();
            double p = partnerModel ? fromPartner[i] : fromProspect[i];
            double[] reference = partnerModel ? partnerReference : prospectReference;
            ScoreConfidence confidence = ScoreConfidence.NORMAL;
            String note = null;
            if (row.insufficientData()) {
                p = baseRate(model, p);
                confidence = ScoreConfidence.INSUFFICIENT_DATA;
                note = INSUFFICIENT;
            } else if (row.prospect() && lowConfidence != null) {
                confidence = ScoreConfidence.LOW;
                note = lowConfidence;
            }
            scores.add(new PartnerScore(row.id(), row.status(), p, (int) Math.round(100 * p), percentile(reference, p),
                    partnerModel ? FeatureSet.PARTNER : FeatureSet.PROSPECT, confidence, note));
        }
        return new Batch(List.copyOf(scores), shift);
    }

    /** The prospects of the rows against the training partners of the prospect model (its card's bins). */
    public ShiftReport shift(List<PartnerFeatures> rows) {
        List<PartnerFeatures> prospects = rows.stream().filter(PartnerFeatures::prospect).toList();
        ModelCard card = models.card();
        return ShiftReport.compute(card.referenceBins(), prospects, Set.copyOf(models.prospect().extractor().featureNames()));
    }

    /** The share of positives among the model's training partners; the model's own answer when the card lacks it. */
    static double baseRate(IppModel model, double fallback) {
        ModelCard.Data data = model.card().data();
        return data == null || data.train() == 0 ? fallback : data.trainPositives() / (double) data.train();
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
