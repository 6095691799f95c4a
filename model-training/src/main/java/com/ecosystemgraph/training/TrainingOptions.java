package com.ecosystemgraph.training;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of a training run, with defaults ({@link #defaults()}) and a description of each
 * ({@link #DESCRIPTIONS}). The same options and graph give the same model and metrics.
 *
 * @param seed              seed of the split, the folds, the trainers and the bootstrap
 * @param testFraction      share of the labelled partners held out for evaluation (stratified)
 * @param folds             cross-validation folds on the training part for choosing the trainer
 * @param candidates        trainers to compare
 * @param label             the label definition
 * @param asOf              snapshot date to label from; null = the one stored on the Ecosystem node
 * @param truthFile         optional partner_truth.csv with true success probabilities (demo data)
 * @param simplerWithin     a simpler candidate within this much cross-validated AUC of the best wins (the
 *                          prospect model's trainer; see {@link #DESCRIPTIONS})
 * @param bootstrapSamples  resamples for the average-precision and Brier intervals
 * @param minLabelled       fewest labelled partners to train on
 * @param minPositives      fewest positive (and negative) labelled partners to train on
 * @param partnerModel      also train a partner model (engagement and all referrals too) that scores
 *                          signed partners when it ranks them better than the prospect model
 */
public record TrainingOptions(
        long seed,
        double testFraction,
        int folds,
        List<CandidateTrainer> candidates,
        LabelDefinition label,
        LocalDate asOf,
        Path truthFile,
        double simplerWithin,
        int bootstrapSamples,
        int minLabelled,
        int minPositives,
        boolean partnerModel) {

    public static final Map<String, String> DESCRIPTIONS = descriptions();

    public TrainingOptions {
        if (!(testFraction > 0 && testFraction < 0.9)) {
            throw new IllegalArgumentException("testFraction must be between 0 and 0.9, was " + testFraction);
        }
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("folds must be 2..20, was " + folds);
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate trainer is needed");
        }
        candidates = List.copyOf(candidates);
        if (label == null) {
            label = LabelDefinition.defaults();
        }
        if (simplerWithin < 0 || bootstrapSamples < 100 || minLabelled < 10 || minPositives < 2) {
            throw new IllegalArgumentException("simplerWithin >= 0, bootstrapSamples >= 100, minLabelled >= 10, minPositives >= 2");
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(42L, 0.25, 5, List.of(CandidateTrainer.values()), LabelDefinition.defaults(), null, null,
                0.04, 1000, 40, 8, true);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(s, testFraction, folds, candidates, label, asOf, truthFile, simplerWithin, bootstrapSamples, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withTestFraction(double f) {
        return new TrainingOptions(seed, f, folds, candidates, label, asOf, truthFile, simplerWithin, bootstrapSamples, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withFolds(int k) {
        return new TrainingOptions(seed, testFraction, k, candidates, label, asOf, truthFile, simplerWithin, bootstrapSamples, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withCandidates(List<CandidateTrainer> c) {
        return new TrainingOptions(seed, testFraction, folds, c, label, asOf, truthFile, simplerWithin, bootstrapSamples, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withLabel(LabelDefinition l) {
        return new TrainingOptions(seed, testFraction, folds, candidates, l, asOf, truthFile, simplerWithin, bootstrapSamples, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withAsOf(LocalDate d) {
        return new TrainingOptions(seed, testFraction, folds, candidates, label, d, truthFile, simplerWithin, bootstrapSamples, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withTruthFile(Path t) {
        return new TrainingOptions(seed, testFraction, folds, candidates, label, asOf, t, simplerWithin, bootstrapSamples, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withBootstrapSamples(int b) {
        return new TrainingOptions(seed, testFraction, folds, candidates, label, asOf, truthFile, simplerWithin, b, minLabelled,
                minPositives, partnerModel);
    }

    public TrainingOptions withPartnerModel(boolean p) {
        return new TrainingOptions(seed, testFraction, folds, candidates, label, asOf, truthFile, simplerWithin, bootstrapSamples,
                minLabelled, minPositives, p);
    }

    /** The options as text, for the model card. */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("seed", String.valueOf(seed));
        m.put("testFraction", String.valueOf(testFraction));
        m.put("folds", String.valueOf(folds));
        m.put("candidates", candidates.toString());
        m.put("label", label.toString());
        m.put("asOf", asOf == null ? "snapshot date of the graph" : asOf.toString());
        m.put("truthFile", truthFile == null ? "none" : truthFile.getFileName().toString());
        m.put("simplerWithin", String.valueOf(simplerWithin));
        m.put("bootstrapSamples", String.valueOf(bootstrapSamples));
        m.put("minLabelled", String.valueOf(minLabelled));
        m.put("minPositives", String.valueOf(minPositives));
        m.put("partnerModel", String.valueOf(partnerModel));
        return m;
    }

    private static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("seed", "Seed of the split, the folds, the trainers and the bootstrap (default 42).");
        d.put("testFraction", "Share of the labelled partners held out for evaluation, stratified by label (default 0.25).");
        d.put("folds", "Cross-validation folds on the training part for comparing trainers and fitting the calibration (default 5).");
        d.put("candidates",
                "Trainers to compare for the prospect model, by cross-validated AUC on the partners seen as prospects: LOGISTIC, RANDOM_FOREST,"
                        + " XGBOOST (default all; XGBoost is skipped where its native library does not load).");
        d.put("label",
                "Label definition: tenure >= 12 months, sourced + co-sold won revenue >= 100,000 in the trailing 12 months, active partners.");
        d.put("asOf", "Snapshot date to label from (default: the snapshotDate on the Ecosystem node).");
        d.put("truthFile", "partner_truth.csv of the demo generator (partner_id, success_probability): reports the oracle AUC and the"
                + " expected-AUC ratio on the same test set, and the prospects' expected-AUC ratio.");
        d.put("simplerWithin",
                "A simpler trainer within this much prospect-like cross-validated AUC of the best is chosen instead (default 0.04):"
                        + " the AUC on partners' outcomes rewards fitting how the label is made, which trees do better, while the prospect model ranks a"
                        + " population it did not learn from, where a smooth linear model extrapolates and trees flatten.");
        d.put("bootstrapSamples", "Bootstrap resamples for the average-precision and Brier intervals (default 1000).");
        d.put("minLabelled", "Fewest labelled partners to train on (default 40).");
        d.put("minPositives", "Fewest positive and negative labelled partners to train on (default 8).");
        d.put("partnerModel",
                "Also train a partner model (engagement and all referrals too, the prospect model's trainer) that scores signed partners"
                        + " when its cross-validated AUC is more than 0.005 above the prospect model's (default true).");
        return Map.copyOf(d);
    }
}
