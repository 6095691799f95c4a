package com.ecosystemgraph.scoring.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.shift.FeatureBins;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a trained Ideal Partner Profile model is, how it was made and how good it is: written next
 * to the model file as {@code model-card.json} (and rendered as {@code model-card.md}). Serving
 * reads it to check the model file (checksum, feature schema) and to calibrate and explain scores.
 *
 * <p>A training run makes the <em>prospect model</em> (pre-signing facts only), whose card is
 * {@code model-card.json}, and may keep a <em>partner model</em> (engagement too) for signed
 * partners, whose card is nested as {@link #partnerModel}. {@link #scores} says which population
 * each scores and {@link #scoresReason} why.
 *
 * @param formatVersion      version of this card format
 * @param modelVersion       identifies the model (stored on scored nodes)
 * @param trainedAt          ISO instant of training
 * @param modelFile          file name of the model (Tribuo protobuf format)
 * @param modelSha256        SHA-256 of the model file, hex
 * @param trainer            the chosen candidate trainer
 * @param trainerReason      why it was chosen, in words
 * @param trainerDescription the Tribuo trainer with its settings
 * @param candidates         every candidate with its cross-validated AUC
 * @param label              the label definition
 * @param data               data window and sizes
 * @param featureSchema      {@code FeatureExtractor.SCHEMA_VERSION} at training time
 * @param features           feature names the extractor produced at training time, in order
 * @param featureStats       per feature: training mean and standard deviation
 * @param calibration        Platt scaling applied to the model's raw probability
 * @param explanationMethod  {@code exact-linear} or {@code lime}
 * @param metrics            held-out metrics of the calibrated model
 * @param baselines          the rankings used today, on the same held-out set
 * @param oracle             the true success probabilities' AUC on the same set, when known
 * @param liftByDecile       held-out lift per score decile (1 = top 10%)
 * @param settings           the training options as text
 * @param tribuoVersion      Tribuo version that trained the model
 * @param provenance         Tribuo's provenance of the model, formatted
 * @param reliability        held-out calibration bins (10 equal-width probability bins, empty ones left out);
 *                           empty for cards written before the bins were recorded
 * @param roc                held-out ROC curve of the calibrated model; empty for older cards
 * @param featureSet         the extractor's feature set: {@code PROSPECT} (pre-signing facts) or {@code PARTNER}
 * @param scores             the populations this model scores: {@code prospects}, {@code partners}
 * @param scoresReason       why, in words
 * @param prospectLike       the held-out partners scored as a prospect would show them
 * @param shift              PSI of every feature between the training partners and the prospects at
 *                           training time (prospect model only)
 * @param referenceBins      the training partners' bins of every feature, against which serving
 *                           measures today's prospects (prospect model only)
 * @param partnerModel       the card of the partner model of the same run, when one was kept
 */
public record ModelCard(
        int formatVersion,
        String modelVersion,
        String trainedAt,
        String modelFile,
        String modelSha256,
        String trainer,
        String trainerReason,
        String trainerDescription,
        List<Candidate> candidates,
        LabelDefinition label,
        Data data,
        String featureSchema,
        List<String> features,
        Map<String, FeatureStat> featureStats,
        Calibration calibration,
        String explanationMethod,
        Metrics metrics,
        List<Baseline> baselines,
        Oracle oracle,
        List<Lift> liftByDecile,
        Map<String, String> settings,
        String tribuoVersion,
        String provenance,
        List<ReliabilityBin> reliability,
        List<RocPoint> roc,
        String featureSet,
        List<String> scores,
        String scoresReason,
        ProspectLike prospectLike,
        ShiftReport shift,
        Map<String, FeatureBins> referenceBins,
        ModelCard partnerModel) {

    /** A missing list is empty. */
    public ModelCard {
        reliability = reliability == null ? List.of() : List.copyOf(reliability);
        roc = roc == null ? List.of() : List.copyOf(roc);
        scores = scores == null ? List.of() : List.copyOf(scores);
        referenceBins = referenceBins == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(referenceBins));
    }

    /** The same card with the model's version, file and checksum filled in (once the file is written). */
    public ModelCard withModelFile(String version, String file, String sha256) {
        return new ModelCard(formatVersion, version, trainedAt, file, sha256, trainer, trainerReason, trainerDescription, candidates,
                label, data, featureSchema, features, featureStats, calibration, explanationMethod, metrics, baselines, oracle,
                liftByDecile, settings, tribuoVersion, provenance, reliability, roc, featureSet, scores, scoresReason, prospectLike,
                shift, referenceBins, partnerModel);
    }

    /** The same card with another (or no) partner model card nested. */
    public ModelCard withPartnerModel(ModelCard partner) {
        return new ModelCard(formatVersion, modelVersion, trainedAt, modelFile, modelSha256, trainer, trainerReason, trainerDescription,
                candidates, label, data, featureSchema, features, featureStats, calibration, explanationMethod, metrics, baselines,
                oracle, liftByDecile, settings, tribuoVersion, provenance, reliability, roc, featureSet, scores, scoresReason,
                prospectLike, shift, referenceBins, partner);
    }

    /** The same card with other features (for tests of refused schemas). */
    public ModelCard withFeatures(List<String> names) {
        return new ModelCard(formatVersion, modelVersion, trainedAt, modelFile, modelSha256, trainer, trainerReason, trainerDescription,
                candidates, label, data, featureSchema, names, featureStats, calibration, explanationMethod, metrics, baselines,
                oracle, liftByDecile, settings, tribuoVersion, provenance, reliability, roc, featureSet, scores, scoresReason,
                prospectLike, shift, referenceBins, partnerModel);
    }

    /** This model's feature set; a card without one is the partner set of an older format (refused by its version anyway). */
    public FeatureExtractor.FeatureSet extractorFeatureSet() {
        return featureSet == null ? FeatureExtractor.FeatureSet.PARTNER : FeatureExtractor.FeatureSet.valueOf(featureSet);
    }

    /** Population names of {@link #scores}. */
    public static final String PROSPECTS = "prospects";
    public static final String PARTNERS = "partners";

    /** Version 2: the prospect model, its nested partner model, the prospect-like evaluation and the shift report. */
    public static final int FORMAT_VERSION = 2;
    public static final String FILE_NAME = "model-card.json";

    /** A value with its 95% confidence interval. */
    public record Estimate(double value, double low, double high) {
    }

    /** One candidate trainer: cross-validated AUC (mean and standard deviation over folds). */
    public record Candidate(String name, String description, double cvAuc, double cvAucSd, List<Double> foldAucs,
            double trainSeconds, String note) {
    }

    /**
     * The label: a partner signed at least {@code minTenureMonths} before the snapshot date, with a
     * status in {@code statuses}, is positive when its won revenue from deals where it has one of
     * {@code roles} closed in the trailing {@code windowMonths} reaches {@code threshold}.
     */
    public record LabelDefinition(String text, int minTenureMonths, int windowMonths, double threshold,
            List<String> roles, List<String> statuses) {
    }

    /**
     * Data window and sizes. The model is evaluated as fitted on the training part; the served model
     * is the same trainer fitted again on all {@code servedFittedOn} labelled partners.
     */
    public record Data(String snapshotDate, String windowStart, int partners, int prospects, int labelled,
            int positives, int train, int trainPositives, int test, int testPositives, int servedFittedOn) {
    }

    /** Training mean and standard deviation of one feature. */
    public record FeatureStat(double mean, double sd) {
    }

    /** Held-out metrics; the threshold is the recommended cut-off for "likely to succeed". */
    public record Metrics(Estimate auc, Estimate averagePrecision, Estimate brier, double ece,
            double threshold, double precision, double recall, double positiveRate) {
    }

    /** A ranking used today, evaluated on the same held-out set; difference = model AUC - baseline AUC. */
    public record Baseline(String name, String description, Estimate auc, Estimate difference) {
    }

    /**
     * The true success probabilities (known for generated data): on the same held-out set, ratio =
     * model AUC / oracle AUC and expectedAucRatio = the model's expected AUC over the true
     * probabilities' expected AUC (no outcome noise); and the same expected-AUC ratio over the
     * prospects this model scored at training time (prospect model only), the ranking recruiters see.
     *
     * @param prospectsMatched          prospects with a true probability
     * @param prospectExpectedAucRatio  their expected-AUC ratio; null without prospects or for the partner model
     */
    public record Oracle(String source, int matched, Estimate auc, double ratio, Double expectedAucRatio,
            int prospectsMatched, Double prospectExpectedAucRatio) {
    }

    /**
     * The held-out partners scored with their features as a prospect would show them (engagement
     * unknown, only the referrals made before signing): the evaluation that looks like ranking
     * prospects.
     *
     * @param description          what was changed, in words
     * @param auc                  AUC with its 95% DeLong interval
     * @param differenceFromPartners this AUC minus the partner evaluation's, paired 95% DeLong interval
     * @param expectedAucRatio     with the true probabilities known: the expected-AUC ratio on these partners
     * @param oracleRatio          with the true probabilities known: this AUC over the oracle's
     */
    public record ProspectLike(String description, Estimate auc, Estimate differenceFromPartners, Double expectedAucRatio,
            Double oracleRatio) {
    }

    /**
     * One calibration bin of the held-out set: probabilities in [lower, upper), their mean and the share
     * of positives among them. A calibrated model has meanPredicted close to observedRate.
     */
    public record ReliabilityBin(double lower, double upper, double meanPredicted, double observedRate, int count) {
    }

    /** One point of the held-out ROC curve. */
    public record RocPoint(double falsePositiveRate, double truePositiveRate) {
    }

    /** Lift of one score decile: its positive rate over the overall positive rate. */
    public record Lift(int decile, int count, int positives, double lift) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static ModelCard fromJson(String json) {
        return JSON.readValue(json, ModelCard.class);
    }

    public void write(Path file) {
        try {
            Files.writeString(file, toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model card " + file, e);
        }
    }

    /** Parses a card's bytes; an invalid card is a {@link ModelLoadException} naming {@code where}. */
    public static ModelCard parse(byte[] json, String where) {
        try {
            return fromJson(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new ModelLoadException("The model card of " + where + " is not a valid model card: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a card; a missing or unreadable card is a {@link ModelLoadException}. */
    public static ModelCard read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("There is no model card at " + file + " (every model file needs its " + FILE_NAME + ")");
        }
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read the model card " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new ModelLoadException("The model card " + file + " is not a valid model card: " + e.getOriginalMessage(), e);
        }
    }
}
