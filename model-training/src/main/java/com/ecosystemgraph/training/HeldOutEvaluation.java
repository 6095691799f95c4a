package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Baseline;
import com.ecosystemgraph.scoring.model.ModelCard.Estimate;
import com.ecosystemgraph.scoring.shift.FeatureBins;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import com.ecosystemgraph.training.TrainingPipeline.Trained;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;

/**
 * The held-out evaluation of a fitted model and the model card it produces: metrics with confidence
 * intervals, the baselines (assigned tier, engagement), the prospect-like evaluation and, when the true
 * probabilities are known (demo data), the oracle comparison.
 */
final class HeldOutEvaluation {

    /** The served model: the chosen trainer fitted on all labelled partners, with its feature statistics. */
    record Served(Model<Label> model, Map<String, ModelCard.FeatureStat> featureStats) {
    }

    private final TrainingOptions options;
    /** When the run started: both models of a run carry it. */
    private final String trainedAt;

    HeldOutEvaluation(TrainingOptions options, String trainedAt) {
        this.options = options;
        this.trainedAt = trainedAt;
    }

    /**
     * The held-out evaluation of a fitted model and its card (scores and reason are filled in by the
     * caller). The metrics are of the fit on the training part; the card and the returned model are
     * the served one's when given.
     */
    Trained evaluate(Fit fit, Served served, List<PartnerFeatures> test, boolean[] testLabels, Map<String, LabelledPartner> labels,
            Map<String, Double> truth, List<PartnerFeatures> prospects, ModelCard.Data data, ShiftReport shift,
            Map<String, FeatureBins> reference, Trained partner) {
        IppModel model = new IppModel(fit.model(), draftCard(fit, data), fit.extractor());
        Model<Label> servedModel = served == null ? fit.model() : served.model();
        Map<String, ModelCard.FeatureStat> servedStats = served == null ? fit.featureStats() : served.featureStats();
        IppModel servedIpp = new IppModel(servedModel, draftCard(fit, data), fit.extractor());
        double[] p = model.probabilities(test);
        double[] q = model.probabilities(TrainingPipeline.asProspects(test));
        Estimate auc = Metrics.aucEstimate(testLabels, p);
        Estimate ap = Metrics.bootstrap(testLabels, p, Metrics::averagePrecision, options.bootstrapSamples(), options.seed());
        Estimate brier = Metrics.bootstrap(testLabels, p, Metrics::brier, options.bootstrapSamples(), options.seed());
        double[] pr = Metrics.precisionRecall(testLabels, p, fit.threshold());
        int testPositives = Examples.count(testLabels);
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
        ModelCard.ProspectLike prospectLike = new ModelCard.ProspectLike(TrainingPipeline.PROSPECT_LIKE, Metrics.aucEstimate(testLabels, q),
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

    static ModelCard withScores(ModelCard c, List<String> scores, String reason) {
        return new ModelCard(c.formatVersion(), c.modelVersion(), c.trainedAt(), c.modelFile(), c.modelSha256(), c.trainer(),
                c.trainerReason(), c.trainerDescription(), c.candidates(), c.label(), c.data(), c.featureSchema(), c.features(),
                c.featureStats(), c.calibration(), c.explanationMethod(), c.metrics(), c.baselines(), c.oracle(), c.liftByDecile(),
                c.settings(), c.tribuoVersion(), c.provenance(), c.reliability(), c.roc(), c.featureSet(), scores, reason,
                c.prospectLike(), c.shift(), c.referenceBins(), c.partnerModel());
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
        if (Examples.count(l) == 0 || Examples.count(l) == l.length) {
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
}
