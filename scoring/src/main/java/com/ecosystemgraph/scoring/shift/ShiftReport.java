package com.ecosystemgraph.scoring.shift;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How far today's prospects are from the partners a model learned from, feature by feature: the
 * population stability index (PSI) of the prospects' values over the training partners' bins,
 *
 * <pre>PSI = sum over bins of (a - e) x ln(a / e)</pre>
 *
 * with e and a the shares of training partners and of prospects in a bin, each smoothed by half a
 * count per bin ((n_bin + 0.5) / (n + 0.5 x bins)) so that an empty bin gives a large but finite
 * term. PSI above {@link #FLAG_ABOVE} (0.25, the usual "significant shift") flags a feature. When a
 * feature the prospect model reads is flagged, every prospect score carries a low-confidence note
 * naming the shifted features.
 *
 * <p>PSI is not computable, and reported so (never NaN), for a feature that every training partner
 * had at the same value, when there are no training partners, or fewer than {@link #MIN_PROSPECTS}
 * prospects (a handful of prospects gives a PSI of noise).
 *
 * @param trainingPartners partners the bins were taken from
 * @param prospects        prospects compared
 * @param features         every feature of the schema, in schema order
 */
public record ShiftReport(int trainingPartners, int prospects, List<FeatureShift> features) {

    /** A feature with a PSI above this is flagged; a flagged feature the prospect model reads lowers its confidence. */
    public static final double FLAG_ABOVE = 0.25;

    /** Fewest prospects a PSI is computed for. */
    public static final int MIN_PROSPECTS = 20;

    /** Half a count per bin keeps an empty bin's term finite. */
    static final double SMOOTHING = 0.5;

    public ShiftReport {
        features = features == null ? List.of() : List.copyOf(features);
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The report as JSON (stored with the scores, so every instance shows the shift the scores were made with). */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** A report written by {@link #toJson()}. */
    public static ShiftReport fromJson(String json) {
        return JSON.readValue(json, ShiftReport.class);
    }

    /** The features the prospect model reads whose PSI is above the threshold, largest first. */
    public List<FeatureShift> shiftedProspectFeatures() {
        return features.stream().filter(f -> f.flagged() && f.usedByProspectModel())
                .sorted((a, b) -> Double.compare(b.psi(), a.psi())).toList();
    }

    /** True when prospects differ from the training partners in a feature the prospect model reads. */
    public boolean lowConfidence() {
        return !shiftedProspectFeatures().isEmpty();
    }

    /** The note every prospect score carries when confidence is low; null otherwise. */
    public String lowConfidenceNote() {
        List<FeatureShift> shifted = shiftedProspectFeatures();
        if (shifted.isEmpty()) {
            return null;
        }
        List<String> parts = shifted.stream()
                .map(f -> String.format(Locale.ROOT, "%s (PSI %.2f)", f.feature(), f.psi())).toList();
        return "Low confidence: prospects differ from the partners this model learned from in " + String.join(", ", parts);
    }

    /** The bins of every feature of the schema over the training partners' rows. */
    public static Map<String, FeatureBins> reference(List<PartnerFeatures> trainingPartners) {
        Map<String, FeatureBins> bins = new LinkedHashMap<>();
        List<FeatureExtractor.Spec> specs = FeatureExtractor.allSpecs();
        double[][] columns = columns(specs, trainingPartners);
        for (int j = 0; j < specs.size(); j++) {
            bins.put(specs.get(j).name(), FeatureBins.of(columns[j]));
        }
        return bins;
    }

    /**
     * Compares the prospects with the training partners' bins.
     *
     * @param reference    bins per feature (a feature without bins is reported as not computable)
     * @param prospects    today's prospects
     * @param prospectModel the features of the model that scores prospects
     */
    public static ShiftReport compute(Map<String, FeatureBins> reference, List<PartnerFeatures> prospects, Set<String> prospectModel) {
        List<FeatureExtractor.Spec> specs = FeatureExtractor.allSpecs();
        double[][] columns = columns(specs, prospects);
        int training = reference.values().stream().mapToInt(FeatureBins::total).max().orElse(0);
        List<FeatureShift> shifts = new ArrayList<>();
        for (int j = 0; j < specs.size(); j++) {
            FeatureExtractor.Spec spec = specs.get(j);
            FeatureBins bins = reference.get(spec.name());
            boolean used = prospectModel.contains(spec.name());
            String note = null;
            if (bins == null || bins.total() == 0) {
                note = "not computable: no training partners";
            } else if (bins.constant()) {
                note = "not computable: the same value for every training partner";
            } else if (prospects.size() < MIN_PROSPECTS) {
                note = prospects.isEmpty()
                        ? "not computable: no prospects"
                        : "not computable: " + prospects.size() + " prospects, at least " + MIN_PROSPECTS + " are needed";
            }
            if (note != null) {
                shifts.add(new FeatureShift(spec.name(), spec.factor(), used, null, note, false));
                continue;
            }
            double psi = psi(bins.counts(), bins.count(columns[j]));
            shifts.add(new FeatureShift(spec.name(), spec.factor(), used, psi, null, psi > FLAG_ABOVE));
        }
        return new ShiftReport(training, prospects.size(), shifts);
    }

    /** PSI of two histograms over the same bins, smoothed by half a count per bin. */
    static double psi(List<Integer> expected, List<Integer> actual) {
        int k = expected.size();
        double ne = expected.stream().mapToInt(Integer::intValue).sum() + SMOOTHING * k;
        double na = actual.stream().mapToInt(Integer::intValue).sum() + SMOOTHING * k;
        double psi = 0;
        for (int i = 0; i < k; i++) {
            double e = (expected.get(i) + SMOOTHING) / ne;
            double a = (actual.get(i) + SMOOTHING) / na;
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    private static double[][] columns(List<FeatureExtractor.Spec> specs, List<PartnerFeatures> rows) {
        double[][] columns = new double[specs.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] v = FeatureExtractor.values(specs, rows.get(i));
            for (int j = 0; j < v.length; j++) {
                columns[j][i] = v[j];
            }
        }
        return columns;
    }
}
