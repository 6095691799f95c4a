package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Calibration;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Baseline;
import com.ecosystemgraph.scoring.model.ModelCard.Candidate;
import com.ecosystemgraph.scoring.model.ModelCard.Estimate;
import com.ecosystemgraph.scoring.shift.FeatureBins;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;

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
 */
public final class IppTrainer {

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

    public IppTrainer(TrainingOptions options, TrainingProgress progress) {
        this.options = options;
        this.progress = progress == null ? TrainingProgress.NONE : progress;
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

    /** One fitted model and what choosing it produced. */
    private record Fit(FeatureExtractor extractor, CandidateTrainer trainer, String reason, List<Candidate> candidates,
            double cvAuc, double[] oofRaw, Calibration calibration, double threshold, Model<Label> model,
            Map<String, ModelCard.FeatureStat> featureStats) {
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
        boolean[] trainLabels = labelsOf(train, labels);
        boolean[] testLabels = labelsOf(test, labels);
        int[] folds = foldsOf(trainLabels);
        List<PartnerFeatures> all = new ArrayList<>(labelled);
        all.sort(java.util.Comparator.comparing(PartnerFeatures::id));
        return new Parts(labelled, positives, train, trainLabels, test, testLabels, folds, all, labelsOf(all, labels));
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
                parts.labelled().size(), parts.positives(), parts.train().size(), count(parts.trainLabels()), parts.test().size(),
                count(parts.testLabels()), parts.all().size());
    }

    /** Evaluates both models on the held-out set, refits the served ones on every labelled partner and writes their cards. */
    private Trained evaluateAndRefit(Fits fits, Parts parts, Map<String, LabelledPartner> labels, Map<String, Double> truth,
            List<PartnerFeatures> prospects, ModelCard.Data data, ShiftReport shift,
            Map<String, FeatureBins> reference) {
        Fit prospectFit = fits.prospect();
        Fit partnerFit = fits.partner();
        boolean partnerKept = fits.partnerKept();
        boolean[] testLabels = parts.testLabels();
        Trained partner = null;
        double[] partnerProspectLike = null;
        if (partnerFit != null) {
            Trained evaluated = evaluate(partnerFit, partnerKept ? refit(partnerFit, parts.all(), parts.allLabels()) : null, parts.test(),
                    testLabels, labels, truth, List.of(), data, null, null, null);
            partnerProspectLike = evaluated.prospectLikeProbabilities();
            if (partnerKept) {
                ModelCard card = evaluated.card();
                partner = new Trained(evaluated.model(), withScores(card, List.of(ModelCard.PARTNERS),
                        partnerReason(prospectFit, partnerFit, card)), evaluated.testRows(), testLabels, evaluated.testProbabilities(),
                        evaluated.prospectLikeProbabilities(), evaluated.baselineScores(), null);
            }
        }
        Trained prospect = evaluate(prospectFit, refit(prospectFit, asProspects(parts.all()), parts.allLabels()), parts.test(), testLabels,
                labels, truth, prospects, data, shift, reference, null);
        String reason = prospectReason(prospectFit, partnerFit, partnerKept, prospect, partnerProspectLike, testLabels);
        List<String> scores = partnerKept ? List.of(ModelCard.PROSPECTS) : List.of(ModelCard.PROSPECTS, ModelCard.PARTNERS);
        ModelCard card = withScores(prospect.card(), scores, reason).withPartnerModel(partner == null ? null : partner.card());
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
        List<Example<Label>> trainExamples = examples(extractor, train, trainLabels);
        List<Candidate> candidates = new ArrayList<>();
        Map<CandidateTrainer, double[]> oof = crossValidateAll(trainers, model, trainExamples, trainLabels, folds, candidates);
        Choice choice = choose(candidates, oof.keySet());
        CandidateTrainer best = choice.best();
        CandidateTrainer chosen = choice.chosen();
        String reason = extractor.featureSet() == FeatureSet.PROSPECT
                ? reason(candidates, chosen, best)
                : String.format(Locale.ROOT,
                        "the prospect model's trainer with the partner-only features added; %d-fold cross-validated AUC %.3f",
                        options.folds(), cvAuc(candidates, chosen));
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
        Model<Label> fitted = chosen.create(options.seed()).train(dataset(trainExamples, model + " training part"));
        progress.advance();
        return new Fit(extractor, chosen, reason, List.copyOf(candidates), cvAuc(candidates, chosen), oofRaw, calibration, threshold,
                fitted, featureStats(extractor, trainExamples));
    }

    /** The best trainer by mean cross-validated AUC, and the one chosen: a simpler one within simplerWithin of it, else the best. */
    private record Choice(CandidateTrainer best, CandidateTrainer chosen) {
    }

    /**
     * Cross-validates every trainer that can run (the others are noted as skipped), adding each to
     * {@code candidates}.
     *
     * @return the out-of-fold raw predictions of each trainer that ran, in the trainers' order
     */
    private Map<CandidateTrainer, double[]> crossValidateAll(List<CandidateTrainer> trainers, String model,
            List<Example<Label>> trainExamples,
            boolean[] trainLabels, int[] folds, List<Candidate> candidates) {
        Map<CandidateTrainer, double[]> oof = new LinkedHashMap<>();
        for (CandidateTrainer candidate : trainers) {
            Optional<String> problem = candidate.unavailable();
            if (problem.isPresent()) {
                progress.note(candidate + " skipped: " + problem.get());
                candidates.add(new Candidate(candidate.name(), candidate.description(), Double.NaN, Double.NaN, List.of(), 0,
                        "skipped: " + problem.get()));
                continue;
            }
            progress.step("Cross-validating " + candidate.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + model + ")",
                    options.folds());
            long started = System.nanoTime();
            double[] predictions = new double[trainExamples.size()];
            List<Double> foldAucs = crossValidate(candidate, trainExamples, trainLabels, folds, predictions);
            double seconds = (System.nanoTime() - started) / 1e9;
            double mean = foldAucs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double sd = Math.sqrt(foldAucs.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / Math.max(1, foldAucs.size() - 1));
            candidates.add(new Candidate(candidate.name(), candidate.description(), mean, sd, List.copyOf(foldAucs), seconds, ""));
            oof.put(candidate, predictions);
        }
        if (oof.isEmpty()) {
            throw new IllegalStateException("No candidate trainer could run: " + candidates);
        }
        return oof;
    }

    /** The best by mean CV AUC, unless a simpler one is within simplerWithin of it. */
    private Choice choose(List<Candidate> candidates, Set<CandidateTrainer> ran) {
        CandidateTrainer best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            if (Double.isFinite(c.cvAuc()) && c.cvAuc() > bestAuc) {
                bestAuc = c.cvAuc();
                best = CandidateTrainer.valueOf(c.name());
            }
        }
        CandidateTrainer chosen = best;
        for (CandidateTrainer c : ran) {
            double auc = cvAuc(candidates, c);
            if (c.ordinal() < chosen.ordinal() && auc >= bestAuc - options.simplerWithin()) {
                chosen = c;
                break;
            }
        }
        return new Choice(best, chosen);
    }

    /** The served model: the chosen trainer fitted on all labelled partners, with its feature statistics. */
    private record Served(Model<Label> model, Map<String, ModelCard.FeatureStat> featureStats) {
    }

    private Served refit(Fit fit, List<PartnerFeatures> all, boolean[] allLabels) {
        String model = fit.extractor().featureSet() == FeatureSet.PROSPECT ? "prospect model" : "partner model";
        progress.step("Fitting the " + model + " on all labelled partners", 1);
        List<Example<Label>> examples = examples(fit.extractor(), all, allLabels);
        Model<Label> fitted = fit.trainer().create(options.seed()).train(dataset(examples, model + " all labelled partners"));
        progress.advance();
        return new Served(fitted, featureStats(fit.extractor(), examples));
    }

    /**
     * The held-out evaluation of a fitted model and its card (scores and reason are filled in by the
     * caller). The metrics are of the fit on the training part; the card and the returned model are
     * the served one's when given.
     */
    private Trained evaluate(Fit fit, Served served, List<PartnerFeatures> test, boolean[] testLabels, Map<String, LabelledPartner> labels,
            Map<String, Double> truth, List<PartnerFeatures> prospects, ModelCard.Data data, ShiftReport shift,
            Map<String, FeatureBins> reference, Trained partner) {
        IppModel model = new IppModel(fit.model(), draftCard(fit, data), fit.extractor());
        Model<Label> servedModel = served == null ? fit.model() : served.model();
        Map<String, ModelCard.FeatureStat> servedStats = served == null ? fit.featureStats() : served.featureStats();
        IppModel servedIpp = new IppModel(servedModel, draftCard(fit, data), fit.extractor());
        double[] p = model.probabilities(test);
        double[] q = model.probabilities(asProspects(test));
        Estimate auc = Metrics.aucEstimate(testLabels, p);
        Estimate ap = Metrics.bootstrap(testLabels, p, Metrics::averagePrecision, options.bootstrapSamples(), options.seed());
        Estimate brier = Metrics.bootstrap(testLabels, p, Metrics::brier, options.bootstrapSamples(), options.seed());
        double[] pr = Metrics.precisionRecall(testLabels, p, fit.threshold());
        int testPositives = count(testLabels);
        ModelCard.Metrics metrics = new ModelCard.Metrics(auc, ap, brier, Metrics.ece(testLabels, p, 10), fit.threshold(), pr[0], pr[1],
                testPositives / (double) testLabels.length);

        Map<String, double[]> baselineScores = new LinkedHashMap<>();
        baselineScores.put("assigned tier", test.stream().mapToDouble(r -> labels.get(r.id()).tierRank()).toArray());
        baselineScores.put("engagement score", test.stream().mapToDouble(r -> labels.get(r.id()).engagement()).toArray());
        List<Baseline> baselines = new ArrayList<>();
        baselines.add(new Baseline("assigned tier", "the tier the partner program assigned (platinum > gold > silver > registered > none)",
                Metrics.aucEstimate(testLabels, baselineScores.get("assigned tier")),
                Metrics.aucDifference(testLabels, p, baselineScores.get("assigned tier"))));
        baselines.add(new Baseline("engagement score", "portal logins (90 days) + trainings completed + content downloads (90 days)",
                Metrics.aucEstimate(testLabels, baselineScores.get("engagement score")),
                Metrics.aucDifference(testLabels, p, baselineScores.get("engagement score"))));

        Double[] truthOf = truthOf(test, truth);
        ModelCard.Oracle oracle = oracle(test, testLabels, p, truthOf, servedIpp, prospects, truth);
        Double prospectLikeExpected = expectedRatio(q, truthOf);
        Double prospectLikeOracle = oracle == null ? null : Metrics.auc(testLabels, q) / oracle.auc().value();
        ModelCard.ProspectLike prospectLike = new ModelCard.ProspectLike(PROSPECT_LIKE, Metrics.aucEstimate(testLabels, q),
                Metrics.aucDifference(testLabels, q, p), prospectLikeExpected, prospectLikeOracle);

        ModelCard draft = draftCard(fit, data);
        ModelCard card = new ModelCard(
                ModelCard.FORMAT_VERSION, null, draft.trainedAt(), null, null,
                fit.trainer().name(), fit.reason(), servedModel.getProvenance().getTrainerProvenance().getClassName() + ": "
                        + fit.trainer().description(),
                fit.candidates(), options.label().toCard(), data,
                FeatureExtractor.SCHEMA_VERSION, fit.extractor().featureNames(), servedStats, fit.calibration(),
                fit.trainer() == CandidateTrainer.LOGISTIC ? "exact-linear" : "lime",
                metrics, List.copyOf(baselines), oracle, Metrics.liftByDecile(testLabels, p), options.asText(), Tribuo.VERSION,
                ProvenanceUtil.formattedProvenanceString(servedModel.getProvenance()),
                Metrics.reliabilityBins(testLabels, p, 10), Metrics.rocCurve(testLabels, p),
                fit.extractor().featureSet().name(), List.of(), null, prospectLike, shift, reference, null);
        return new Trained(servedModel, card, List.copyOf(test), testLabels, p, q, baselineScores, partner);
    }

    /** A card with what serving needs to predict (calibration, features), for evaluating a fit before its card is complete. */
    private ModelCard draftCard(Fit fit, ModelCard.Data data) {
        return new ModelCard(ModelCard.FORMAT_VERSION, null, trainedAt, null, null,
                fit.trainer().name(), fit.reason(), null, fit.candidates(), options.label().toCard(), data, FeatureExtractor.SCHEMA_VERSION,
                fit.extractor().featureNames(), fit.featureStats(), fit.calibration(), null, null, List.of(), null, List.of(),
                options.asText(), Tribuo.VERSION, null, List.of(), List.of(), fit.extractor().featureSet().name(), List.of(), null, null,
                null, null, null);
    }

    private static ModelCard withScores(ModelCard c, List<String> scores, String reason) {
        return new ModelCard(c.formatVersion(), c.modelVersion(), c.trainedAt(), c.modelFile(), c.modelSha256(), c.trainer(),
                c.trainerReason(), c.trainerDescription(), c.candidates(), c.label(), c.data(), c.featureSchema(), c.features(),
                c.featureStats(), c.calibration(), c.explanationMethod(), c.metrics(), c.baselines(), c.oracle(), c.liftByDecile(),
                c.settings(), c.tribuoVersion(), c.provenance(), c.reliability(), c.roc(), c.featureSet(), scores, reason,
                c.prospectLike(), c.shift(), c.referenceBins(), c.partnerModel());
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

    private static Double[] truthOf(List<PartnerFeatures> rows, Map<String, Double> truth) {
        Double[] t = new Double[rows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = truth == null ? null : truth.get(rows.get(i).id());
        }
        return t;
    }

    /** Expected-AUC ratio over the rows with a true probability; null without any. */
    private static Double expectedRatio(double[] scores, Double[] truth) {
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] != null) {
                known.add(i);
            }
        }
        if (known.size() < 2) {
            return null;
        }
        double[] s = known.stream().mapToDouble(i -> scores[i]).toArray();
        double[] t = known.stream().mapToDouble(i -> truth[i]).toArray();
        double ratio = Metrics.expectedAucRatio(s, t);
        return Double.isFinite(ratio) ? ratio : null;
    }

    private ModelCard.Oracle oracle(List<PartnerFeatures> test, boolean[] labels, double[] p, Double[] truthOf, IppModel model,
            List<PartnerFeatures> prospects, Map<String, Double> truth) {
        if (truth == null || truth.isEmpty()) {
            return null;
        }
        List<Integer> matched = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (truthOf[i] != null) {
                matched.add(i);
            }
        }
        boolean[] l = new boolean[matched.size()];
        double[] ours = new double[matched.size()];
        double[] oracle = new double[matched.size()];
        for (int j = 0; j < matched.size(); j++) {
            int i = matched.get(j);
            l[j] = labels[i];
            ours[j] = p[i];
            oracle[j] = truthOf[i];
        }
        if (count(l) == 0 || count(l) == l.length) {
            return null;
        }
        Estimate oracleAuc = Metrics.aucEstimate(l, oracle);
        List<PartnerFeatures> known = prospects.stream().filter(r -> truth.containsKey(r.id())).toList();
        Double prospectRatio = null;
        if (known.size() >= 2) {
            double ratio = Metrics.expectedAucRatio(model.probabilities(known),
                    known.stream().mapToDouble(r -> truth.get(r.id())).toArray());
            prospectRatio = Double.isFinite(ratio) ? ratio : null;
        }
        return new ModelCard.Oracle(
                options.truthFile() == null ? "true success probabilities" : options.truthFile().getFileName().toString(),
                matched.size(), oracleAuc, Metrics.auc(l, ours) / oracleAuc.value(), expectedRatio(p, truthOf), known.size(),
                prospectRatio);
    }

    private static double cvAuc(List<Candidate> candidates, CandidateTrainer c) {
        return candidates.stream().filter(x -> x.name().equals(c.name())).mapToDouble(Candidate::cvAuc).findFirst().orElse(Double.NaN);
    }

    private String reason(List<Candidate> candidates, CandidateTrainer chosen, CandidateTrainer best) {
        StringBuilder others = new StringBuilder();
        for (Candidate c : candidates) {
            if (!c.name().equals(chosen.name())) {
                others.append(others.isEmpty() ? "" : ", ").append(c.name()).append(' ')
                        .append(Double.isFinite(c.cvAuc()) ? String.format(Locale.ROOT, "%.3f", c.cvAuc()) : "skipped");
            }
        }
        double auc = cvAuc(candidates, chosen);
        String head = chosen == best
                ? String.format(Locale.ROOT, "highest %d-fold cross-validated AUC, %.3f", options.folds(), auc)
                : String.format(Locale.ROOT, "%d-fold cross-validated AUC %.3f is within %.3f of the best (%s, %.3f) and it is simpler%s",
                        options.folds(), auc, options.simplerWithin(), best.name(), cvAuc(candidates, best),
                        chosen == CandidateTrainer.LOGISTIC ? " with exact explanations" : "");
        return others.isEmpty() ? head : head + "; others: " + others;
    }

    /**
     * Fits the candidate once per fold (folds in parallel, one per core: each fit is independent
     * and seeded, so the result does not depend on the scheduling), fills the out-of-fold raw
     * probabilities and returns each fold's AUC.
     */
    private List<Double> crossValidate(CandidateTrainer candidate, List<Example<Label>> trainExamples, boolean[] trainLabels,
            int[] folds, double[] predictions) {
        int threads = Math.max(1, Math.min(options.folds(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ipp-cv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Double>> results = new ArrayList<>();
            for (int f = 0; f < options.folds(); f++) {
                int fold = f;
                results.add(pool.submit(() -> {
                    List<Example<Label>> fit = new ArrayList<>();
                    List<Integer> held = new ArrayList<>();
                    for (int i = 0; i < trainExamples.size(); i++) {
                        if (folds[i] == fold) {
                            held.add(i);
                        } else {
                            fit.add(trainExamples.get(i));
                        }
                    }
                    Model<Label> model = candidate.create(options.seed()).train(dataset(fit, "cv fold " + fold));
                    List<Prediction<Label>> out = model.predict(held.stream().map(trainExamples::get).toList());
                    boolean[] hl = new boolean[held.size()];
                    double[] hp = new double[held.size()];
                    for (int j = 0; j < held.size(); j++) {
                        hp[j] = IppModel.successScore(out.get(j));
                        predictions[held.get(j)] = hp[j];
                        hl[j] = trainLabels[held.get(j)];
                    }
                    progress.advance();
                    return Metrics.auc(hl, hp);
                }));
            }
            List<Double> aucs = new ArrayList<>();
            for (Future<Double> r : results) {
                aucs.add(r.get());
            }
            return aucs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Training was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
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

    /** Stratified fold of every training example. */
    private int[] foldsOf(boolean[] labels) {
        int[] folds = new int[labels.length];
        Random rng = new Random(options.seed() + 1);
        for (boolean outcome : new boolean[]{true, false}) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == outcome) {
                    idx.add(i);
                }
            }
            Collections.shuffle(idx, rng);
            for (int j = 0; j < idx.size(); j++) {
                folds[idx.get(j)] = j % options.folds();
            }
        }
        return folds;
    }

    private static boolean[] labelsOf(List<PartnerFeatures> rows, Map<String, LabelledPartner> labels) {
        boolean[] l = new boolean[rows.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(rows.get(i).id()).positive();
        }
        return l;
    }

    private static List<Example<Label>> examples(FeatureExtractor extractor, List<PartnerFeatures> rows, boolean[] labels) {
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            examples.add(extractor.generateExample(rows.get(i), labels[i] ? FeatureExtractor.SUCCESS : FeatureExtractor.OTHER));
        }
        return examples;
    }

    private static MutableDataset<Label> dataset(List<Example<Label>> examples, String description) {
        return new MutableDataset<>(new ListDataSource<>(examples, FeatureExtractor.LABEL_FACTORY,
                new SimpleDataSourceProvenance("Ideal Partner Profile " + description, FeatureExtractor.LABEL_FACTORY)));
    }

    private static Map<String, ModelCard.FeatureStat> featureStats(FeatureExtractor extractor, List<Example<Label>> examples) {
        List<String> names = extractor.featureNames();
        double[] sum = new double[names.size()];
        double[] sq = new double[names.size()];
        for (Example<Label> e : examples) {
            for (int j = 0; j < names.size(); j++) {
                org.tribuo.Feature f = e.lookup(names.get(j));
                double v = f == null ? 0 : f.getValue();
                sum[j] += v;
                sq[j] += v * v;
            }
        }
        Map<String, ModelCard.FeatureStat> stats = new LinkedHashMap<>();
        int n = Math.max(1, examples.size());
        for (int j = 0; j < names.size(); j++) {
            double mean = sum[j] / n;
            stats.put(names.get(j), new ModelCard.FeatureStat(mean, Math.sqrt(Math.max(0, sq[j] / n - mean * mean))));
        }
        return stats;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            if (x) {
                n++;
            }
        }
        return n;
    }
}
