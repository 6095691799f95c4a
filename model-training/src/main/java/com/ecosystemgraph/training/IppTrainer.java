package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Calibration;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Baseline;
import com.ecosystemgraph.scoring.model.ModelCard.Candidate;
import com.ecosystemgraph.scoring.model.ModelCard.Estimate;
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
 * The training pipeline on rows already read from the graph: stratified train/test split, candidate
 * trainers compared by cross-validated AUC, Platt calibration on out-of-fold predictions, a final
 * fit on the whole training part, and the held-out evaluation against the baselines (and the oracle
 * when the true probabilities are known). It writes nothing: {@link ModelTraining} does.
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

    private final TrainingOptions options;
    private final TrainingProgress progress;
    private final FeatureExtractor extractor = new FeatureExtractor();

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
     * written) and the held-out set, so another model can be compared on the same examples.
     */
    public record Trained(Model<Label> model, ModelCard card, List<PartnerFeatures> testRows, boolean[] testLabels,
                          double[] testProbabilities, Map<String, double[]> baselineScores) {

        /** AUC of another model on this held-out set (for "replace only if at least as good"). */
        public double aucOf(IppModel other) {
            return Metrics.auc(testLabels, other.probabilities(testRows));
        }
    }

    public Trained train(List<PartnerFeatures> rows, Map<String, LabelledPartner> labels, LocalDate snapshotDate,
                         Map<String, Double> truth) {
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

        // Stratified split: the same share of positives in train and test.
        List<PartnerFeatures> train = new ArrayList<>();
        List<PartnerFeatures> test = new ArrayList<>();
        split(labelled, labels, train, test);
        boolean[] trainLabels = labelsOf(train, labels);
        boolean[] testLabels = labelsOf(test, labels);
        List<Example<Label>> trainExamples = examples(train, trainLabels);
        int[] folds = foldsOf(trainLabels);

        // Compare the candidates by cross-validated AUC.
        List<Candidate> candidates = new ArrayList<>();
        Map<CandidateTrainer, double[]> oof = new LinkedHashMap<>();
        for (CandidateTrainer candidate : options.candidates()) {
            Optional<String> problem = candidate.unavailable();
            if (problem.isPresent()) {
                progress.note(candidate + " skipped: " + problem.get());
                candidates.add(new Candidate(candidate.name(), candidate.description(), Double.NaN, Double.NaN, List.of(), 0,
                        "skipped: " + problem.get()));
                continue;
            }
            progress.step("Cross-validating " + candidate.name().toLowerCase(Locale.ROOT).replace('_', ' '), options.folds());
            long started = System.nanoTime();
            double[] predictions = new double[train.size()];
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

        // The best by mean CV AUC, unless a simpler one is within simplerWithin of it.
        CandidateTrainer best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            if (Double.isFinite(c.cvAuc()) && c.cvAuc() > bestAuc) {
                bestAuc = c.cvAuc();
                best = CandidateTrainer.valueOf(c.name());
            }
        }
        CandidateTrainer chosen = best;
        for (CandidateTrainer c : oof.keySet()) {
            double auc = cvAuc(candidates, c);
            if (c.ordinal() < chosen.ordinal() && auc >= bestAuc - options.simplerWithin()) {
                chosen = c;
                break;
            }
        }
        String reason = reason(candidates, chosen, best);
        progress.note("Chosen: " + chosen.name() + " (" + reason + ")");

        // Calibrate on the chosen trainer's out-of-fold predictions; recommended threshold from them too.
        double[] oofRaw = oof.get(chosen);
        Calibration calibration = Platt.fit(trainLabels, oofRaw);
        double[] oofCalibrated = new double[oofRaw.length];
        for (int i = 0; i < oofRaw.length; i++) {
            oofCalibrated[i] = calibration.apply(oofRaw[i]);
        }
        double threshold = Metrics.bestF1Threshold(trainLabels, oofCalibrated);

        progress.step("Training the final " + chosen.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " model", 1);
        Model<Label> model = chosen.create(options.seed()).train(dataset(trainExamples, "training part"));
        progress.advance();

        progress.step("Evaluating on the held-out set", 1);
        List<Prediction<Label>> testOut = model.predict(examples(test, testLabels));
        double[] p = new double[test.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = calibration.apply(IppModel.successScore(testOut.get(i)));
        }
        Estimate auc = Metrics.aucEstimate(testLabels, p);
        Estimate ap = Metrics.bootstrap(testLabels, p, Metrics::averagePrecision, options.bootstrapSamples(), options.seed());
        Estimate brier = Metrics.bootstrap(testLabels, p, Metrics::brier, options.bootstrapSamples(), options.seed());
        double[] pr = Metrics.precisionRecall(testLabels, p, threshold);
        int testPositives = count(testLabels);
        ModelCard.Metrics metrics = new ModelCard.Metrics(auc, ap, brier, Metrics.ece(testLabels, p, 10), threshold, pr[0], pr[1],
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
        ModelCard.Oracle oracle = oracle(test, testLabels, p, truth);
        progress.advance();

        ModelCard card = new ModelCard(
                ModelCard.FORMAT_VERSION, null, OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(), null, null,
                chosen.name(), reason, model.getProvenance().getTrainerProvenance().getClassName() + ": " + chosen.description(),
                List.copyOf(candidates), options.label().toCard(),
                new ModelCard.Data(snapshotDate == null ? null : snapshotDate.toString(),
                        snapshotDate == null ? null : snapshotDate.minusMonths(options.label().windowMonths()).toString(),
                        (int) rows.stream().filter(r -> !r.prospect()).count(), (int) rows.stream().filter(PartnerFeatures::prospect).count(),
                        labelled.size(), positives, train.size(), count(trainLabels), test.size(), testPositives),
                FeatureExtractor.SCHEMA_VERSION, extractor.featureNames(), featureStats(trainExamples), calibration,
                chosen == CandidateTrainer.LOGISTIC ? "exact-linear" : "lime",
                metrics, List.copyOf(baselines), oracle, Metrics.liftByDecile(testLabels, p), options.asText(), Tribuo.VERSION,
                ProvenanceUtil.formattedProvenanceString(model.getProvenance()),
                Metrics.reliabilityBins(testLabels, p, 10), Metrics.rocCurve(testLabels, p));
        return new Trained(model, card, List.copyOf(test), testLabels, p, baselineScores);
    }

    private ModelCard.Oracle oracle(List<PartnerFeatures> test, boolean[] labels, double[] p, Map<String, Double> truth) {
        if (truth == null || truth.isEmpty()) {
            return null;
        }
        List<Integer> matched = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            if (truth.containsKey(test.get(i).id())) {
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
            oracle[j] = truth.get(test.get(i).id());
        }
        if (count(l) == 0 || count(l) == l.length) {
            return null;
        }
        Estimate oracleAuc = Metrics.aucEstimate(l, oracle);
        return new ModelCard.Oracle(options.truthFile() == null ? "true success probabilities" : options.truthFile().getFileName().toString(),
                matched.size(), oracleAuc, Metrics.auc(l, ours) / oracleAuc.value());
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

    private List<Example<Label>> examples(List<PartnerFeatures> rows, boolean[] labels) {
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

    private Map<String, ModelCard.FeatureStat> featureStats(List<Example<Label>> examples) {
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
