package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Calibration;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Candidate;
import com.ecosystemgraph.scoring.shift.FeatureBins;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The training pipeline on rows already read from the graph: a stratified train/test split, then two
 * models on the same split.
 *
 * <ul>
 *   <li>The <b>prospect model</b> reads only what a company has before it signs
 *   ({@link FeatureSet#PROSPECT}) and learns from the training partners as a prospect would have
 *   shown them ({@link PartnerFeatures#asProspect()}). Its trainer is chosen by cross-validated AUC
 *   on those prospect-like partners; it is calibrated (Platt) on their out-of-fold predictions,
 *   fitted on the whole training part and evaluated on the held-out partners.</li>
 *   <li>The <b>partner model</b> ({@link FeatureSet#PARTNER}: engagement and all referrals too) uses
 *   the prospect model's trainer. It scores signed partners only when its cross-validated AUC is
 *   more than {@link #PARTNER_MODEL_MARGIN} above the prospect model's on the same folds; prospects
 *   are always scored by the prospect model.</li>
 * </ul>
 *
 * After the evaluation each kept model is fitted again, with the same trainer, settings and
 * calibration, on all labelled partners: that is the model served (more partners to learn from),
 * and the card's metrics are those of its fit on the training part.
 *
 * Each model is evaluated twice on the held-out partners: as they are (the partner evaluation) and
 * seen as prospects (the prospect-like evaluation). With the true probabilities known (demo data)
 * the card also gives the expected-AUC ratios, of the held-out partners and of the prospects. The
 * training partners' distribution of every feature and the prospects' shift from it (PSI) go on the
 * prospect model's card. It writes nothing: {@link ModelTraining} does.
 *
 * <p>Not a Tribuo {@code Trainer} (it was called {@code IppTrainer}): it runs the whole pipeline,
 * choosing a trainer by {@link CrossValidation} and describing the result by {@link HeldOutEvaluation}.
 */
public final class TrainingPipeline {

    /**
     * Tribuo logs every tree of a forest and every SGD epoch at INFO; training reports progress
     * through {@link TrainingProgress} instead. Held here so the logger settings are not collected.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.tribuo.ensemble.BaggingTrainer"),
            Logger.getLogger("org.tribuo.common.sgd.AbstractSGDTrainer"),
            Logger.getLogger("org.tribuo.transform.transformations.MeanStdDevTransformation"),
            Logger.getLogger("org.tribuo.common.xgboost.XGBoostTrainer"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
    }

    /**
     * The partner model scores signed partners only when its cross-validated AUC is more than this
     * above the prospect model's: engagement must earn its place.
     */
    public static final double PARTNER_MODEL_MARGIN = 0.005;

    /** What the prospect-like evaluation changes, in words (for the card). */
    static final String PROSPECT_LIKE = "the held-out partners as a prospect would show them: portal logins, trainings and content downloads"
            + " unknown (the graph keeps no history of them, so they cannot be had as at signing), only the referrals made before signing;"
            + " everything else is a fact a company has before it signs";

    private final TrainingOptions options;
    private final TrainingProgress progress;
    /** When the current run started: both models of a run carry it. */
    private String trainedAt;
    private final CrossValidation crossValidation;

    public TrainingPipeline(TrainingOptions options, TrainingProgress progress) {
        this.options = options;
        this.progress = progress == null ? TrainingProgress.NONE : progress;
        this.crossValidation = new CrossValidation(options, this.progress);
    }

    /** Too few labelled partners, or only one outcome among them. */
    public static final class NotEnoughDataException extends RuntimeException {
        public NotEnoughDataException(String message) {
            super(message);
        }
    }

    /**
     * A trained model with its card (without file name, checksum and version: those come when it is
     * written) and the held-out set with the evaluated model's probabilities.
     *
     * @param testProbabilities          the calibrated probabilities of the held-out partners as they are
     * @param prospectLikeProbabilities  the same partners seen as prospects
     * @param partnerModel               the partner model of the same run when it was kept (null on the partner model itself)
     */
    public record Trained(Model<Label> model, ModelCard card, List<PartnerFeatures> testRows, boolean[] testLabels,
            double[] testProbabilities, double[] prospectLikeProbabilities, Map<String, double[]> baselineScores,
            Trained partnerModel) {
    }

    /** The labelled partners divided for a run: stratified train and test parts, the folds of the train part, all of them sorted. */
    private record Parts(List<PartnerFeatures> labelled, int positives, List<PartnerFeatures> train, boolean[] trainLabels,
            List<PartnerFeatures> test, boolean[] testLabels, int[] folds, List<PartnerFeatures> all, boolean[] allLabels) {
    }

    /** The prospect model's fit and, when asked for, the partner model's, with whether the partner model earned its place. */
    private record Fits(Fit prospect, Fit partner, boolean partnerKept) {
    }

    /**
     * Trains the prospect model and (when options ask for it and it earns its place) the partner
     * model on the labelled rows, in named stages: divide the labelled partners, fit both models,
     * describe the data and the prospects' shift, evaluate and refit on every labelled partner.
     *
     * @throws NotEnoughDataException when too few partners are labelled, or one outcome is too rare
     */
    public Trained train(List<PartnerFeatures> rows, Map<String, LabelledPartner> labels, LocalDate snapshotDate,
            Map<String, Double> truth) {
        trainedAt = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        Parts parts = divide(rows, labels);
        List<PartnerFeatures> prospects = rows.stream().filter(PartnerFeatures::prospect).toList();
        Fits fits = fitModels(parts);

        progress.step("Evaluating on the held-out set", 1);
        ModelCard.Data data = describeData(rows, prospects, parts, snapshotDate);
        Map<String, FeatureBins> reference = ShiftReport.reference(parts.train());
        ShiftReport shift = ShiftReport.compute(reference, prospects, Set.copyOf(fits.prospect().extractor().featureNames()));
        return evaluateAndRefit(fits, parts, labels, truth, prospects, data, shift, reference);
    }

    /** The labelled rows, checked to be enough, split stratified (the same share of positives in train and test) with folds. */
    private Parts divide(List<PartnerFeatures> rows, Map<String, LabelledPartner> labels) {
        List<PartnerFeatures> labelled = new ArrayList<>();
        for (PartnerFeatures row : rows) {
            if (labels.containsKey(row.id())) {
                labelled.add(row);
            }
        }
        int positives = (int) labelled.stream().filter(r -> labels.get(r.id()).positive()).count();
        int negatives = labelled.size() - positives;
        if (labelled.size() < options.minLabelled() || positives < options.minPositives() || negatives < options.minPositives()) {
            throw new NotEnoughDataException("Cannot train: " + labelled.size() + " labelled partners (" + positives
                    + " positive, " + negatives + " negative); at least " + options.minLabelled() + " with "
                    + options.minPositives() + " of each outcome are needed. " + options.label().describe());
        }
        List<PartnerFeatures> train = new ArrayList<>();
        List<PartnerFeatures> test = new ArrayList<>();
        split(labelled, labels, train, test);
        boolean[] trainLabels = Examples.labelsOf(train, labels);
        boolean[] testLabels = Examples.labelsOf(test, labels);
        int[] folds = crossValidation.foldsOf(trainLabels);
        List<PartnerFeatures> all = new ArrayList<>(labelled);
        all.sort(java.util.Comparator.comparing(PartnerFeatures::id));
        return new Parts(labelled, positives, train, trainLabels, test, testLabels, folds, all, Examples.labelsOf(all, labels));
    }

    /** Fits the prospect model (choosing among the candidates) and the partner model with the prospect model's trainer. */
    private Fits fitModels(Parts parts) {
        Fit prospectFit = fit(new FeatureExtractor(FeatureSet.PROSPECT), options.candidates(), asProspects(parts.train()),
                parts.trainLabels(),
                parts.folds());
        Fit partnerFit = options.partnerModel()
                ? fit(new FeatureExtractor(FeatureSet.PARTNER), List.of(prospectFit.trainer()), parts.train(), parts.trainLabels(),
                        parts.folds())
                : null;
        boolean partnerKept = partnerFit != null && partnerFit.cvAuc() > prospectFit.cvAuc() + PARTNER_MODEL_MARGIN;
        return new Fits(prospectFit, partnerFit, partnerKept);
    }

    /** The card's description of the data a run learned from. */
    private ModelCard.Data describeData(List<PartnerFeatures> rows, List<PartnerFeatures> prospects, Parts parts, LocalDate snapshotDate) {
        return new ModelCard.Data(snapshotDate == null ? null : snapshotDate.toString(),
                snapshotDate == null ? null : snapshotDate.minusMonths(options.label().windowMonths()).toString(),
                (int) rows.stream().filter(r -> !r.prospect()).count(), prospects.size(),
                parts.labelled().size(), parts.positives(), parts.train().size(), Examples.count(parts.trainLabels()), parts.test().size(),
                Examples.count(parts.testLabels()), parts.all().size());
    }

    /** Evaluates both models on the held-out set, refits the served ones on every labelled partner and writes their cards. */
    private Trained evaluateAndRefit(Fits fits, Parts parts, Map<String, LabelledPartner> labels, Map<String, Double> truth,
            List<PartnerFeatures> prospects, ModelCard.Data data, ShiftReport shift,
            Map<String, FeatureBins> reference) {
        HeldOutEvaluation evaluation = new HeldOutEvaluation(options, trainedAt);
        Fit prospectFit = fits.prospect();
        Fit partnerFit = fits.partner();
        boolean partnerKept = fits.partnerKept();
        boolean[] testLabels = parts.testLabels();
        Trained partner = null;
        double[] partnerProspectLike = null;
        if (partnerFit != null) {
            Trained evaluated = evaluation.evaluate(partnerFit, partnerKept ? refit(partnerFit, parts.all(), parts.allLabels()) : null,
                    parts.test(),
                    testLabels, labels, truth, List.of(), data, null, null, null);
            partnerProspectLike = evaluated.prospectLikeProbabilities();
            if (partnerKept) {
                ModelCard card = evaluated.card();
                partner = new Trained(evaluated.model(), HeldOutEvaluation.withScores(card, List.of(ModelCard.PARTNERS),
                        partnerReason(prospectFit, partnerFit, card)), evaluated.testRows(), testLabels, evaluated.testProbabilities(),
                        evaluated.prospectLikeProbabilities(), evaluated.baselineScores(), null);
            }
        }
        Trained prospect = evaluation.evaluate(prospectFit, refit(prospectFit, asProspects(parts.all()), parts.allLabels()), parts.test(),
                testLabels,
                labels, truth, prospects, data, shift, reference, null);
        String reason = prospectReason(prospectFit, partnerFit, partnerKept, prospect, partnerProspectLike, testLabels);
        List<String> scores = partnerKept ? List.of(ModelCard.PROSPECTS) : List.of(ModelCard.PROSPECTS, ModelCard.PARTNERS);
        ModelCard card = HeldOutEvaluation.withScores(prospect.card(), scores, reason)
                .withPartnerModel(partner == null ? null : partner.card());
        progress.advance();
        progress.note("Prospects: " + prospectFit.trainer().name() + " on pre-signing facts; partners: "
                + (partnerKept ? "the partner model" : "the prospect model too"));
        return new Trained(prospect.model(), card, prospect.testRows(), testLabels, prospect.testProbabilities(),
                prospect.prospectLikeProbabilities(), prospect.baselineScores(), partner);
    }

    /** The rows as prospects would show them. */
    static List<PartnerFeatures> asProspects(List<PartnerFeatures> rows) {
        return rows.stream().map(PartnerFeatures::asProspect).toList();
    }

    /** Compares the candidates by cross-validated AUC, calibrates the chosen one and fits it on the whole training part. */
    private Fit fit(FeatureExtractor extractor, List<CandidateTrainer> trainers, List<PartnerFeatures> train, boolean[] trainLabels,
            int[] folds) {
        String model = extractor.featureSet() == FeatureSet.PROSPECT ? "prospect model" : "partner model";
        List<Example<Label>> trainExamples = Examples.examples(extractor, train, trainLabels);
        List<Candidate> candidates = new ArrayList<>();
        Map<CandidateTrainer, double[]> oof = crossValidation.crossValidateAll(trainers, model, trainExamples, trainLabels, folds,
                candidates);
        CrossValidation.Choice choice = crossValidation.choose(candidates, oof.keySet());
        CandidateTrainer best = choice.best();
        CandidateTrainer chosen = choice.chosen();
        String reason = extractor.featureSet() == FeatureSet.PROSPECT
                ? crossValidation.reason(candidates, chosen, best)
                : String.format(Locale.ROOT,
                        "the prospect model's trainer with the partner-only features added; %d-fold cross-validated AUC %.3f",
                        options.folds(), CrossValidation.cvAuc(candidates, chosen));
        progress.note("Chosen for the " + model + ": " + chosen.name() + " (" + reason + ")");

        // Calibrate on the chosen trainer's out-of-fold predictions; recommended threshold from them too.
        double[] oofRaw = oof.get(chosen);
        Calibration calibration = Platt.fit(trainLabels, oofRaw);
        double[] oofCalibrated = new double[oofRaw.length];
        for (int i = 0; i < oofRaw.length; i++) {
            oofCalibrated[i] = calibration.apply(oofRaw[i]);
        }
        double threshold = Metrics.bestF1Threshold(trainLabels, oofCalibrated);

        progress.step("Training the final " + chosen.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + model, 1);
        Model<Label> fitted = chosen.create(options.seed()).train(Examples.dataset(trainExamples, model + " training part"));
        progress.advance();
        return new Fit(extractor, chosen, reason, List.copyOf(candidates), CrossValidation.cvAuc(candidates, chosen), oofRaw, calibration,
                threshold,
                fitted, Examples.featureStats(extractor, trainExamples));
    }

    private HeldOutEvaluation.Served refit(Fit fit, List<PartnerFeatures> all, boolean[] allLabels) {
        String model = fit.extractor().featureSet() == FeatureSet.PROSPECT ? "prospect model" : "partner model";
        progress.step("Fitting the " + model + " on all labelled partners", 1);
        List<Example<Label>> examples = Examples.examples(fit.extractor(), all, allLabels);
        Model<Label> fitted = fit.trainer().create(options.seed()).train(Examples.dataset(examples, model + " all labelled partners"));
        progress.advance();
        return new HeldOutEvaluation.Served(fitted, Examples.featureStats(fit.extractor(), examples));
    }

    private String prospectReason(Fit prospect, Fit partner, boolean partnerKept, Trained evaluated, double[] partnerProspectLike,
            boolean[] testLabels) {
        String base = "It scores every prospect: it reads only what a company has before it signs, so a prospect and a partner seen"
                + " as a prospect look alike to it";
        if (partner == null) {
            return base + ". Partners too: no partner model was trained (the partnerModel option is off).";
        }
        String prospectLike = String.format(Locale.ROOT,
                " (held-out partners seen as prospects: AUC %.3f; the partner model would reach %.3f)",
                evaluated.card().prospectLike().auc().value(), Metrics.auc(testLabels, partnerProspectLike));
        if (partnerKept) {
            return base + prospectLike + ". Signed partners are scored by the partner model, whose " + options.folds()
                    + String.format(Locale.ROOT, "-fold cross-validated AUC (%.3f) is more than %.3f above this model's (%.3f).",
                            partner.cvAuc(), PARTNER_MODEL_MARGIN, prospect.cvAuc());
        }
        return base + prospectLike + ". Partners too: the partner model (engagement and all referrals too) reached a " + options.folds()
                + String.format(Locale.ROOT,
                        "-fold cross-validated AUC of %.3f, not more than %.3f above this model's %.3f, so it was not kept.",
                        partner.cvAuc(), PARTNER_MODEL_MARGIN, prospect.cvAuc());
    }

    private String partnerReason(Fit prospect, Fit partner, ModelCard card) {
        return "It scores signed partners: its " + options.folds() + String.format(Locale.ROOT,
                "-fold cross-validated AUC (%.3f) is more than %.3f above the prospect model's (%.3f). It never scores prospects:"
                        + " they show no portal activity, training or referrals since signing for it to read (held-out partners seen as"
                        + " prospects: AUC %.3f against %.3f as they are).",
                partner.cvAuc(), PARTNER_MODEL_MARGIN, prospect.cvAuc(), card.prospectLike().auc().value(), card.metrics().auc().value());
    }

    private void split(List<PartnerFeatures> labelled, Map<String, LabelledPartner> labels,
            List<PartnerFeatures> train, List<PartnerFeatures> test) {
        List<PartnerFeatures> pos = new ArrayList<>();
        List<PartnerFeatures> neg = new ArrayList<>();
        for (PartnerFeatures r : labelled) {
            (labels.get(r.id()).positive() ? pos : neg).add(r);
        }
        Random rng = new Random(options.seed());
        for (List<PartnerFeatures> group : List.of(pos, neg)) {
            Collections.shuffle(group, rng);
            int nTest = (int) Math.round(group.size() * options.testFraction());
            test.addAll(group.subList(0, nTest));
            train.addAll(group.subList(nTest, group.size()));
        }
        train.sort(java.util.Comparator.comparing(PartnerFeatures::id));
        test.sort(java.util.Comparator.comparing(PartnerFeatures::id));
    }

}
