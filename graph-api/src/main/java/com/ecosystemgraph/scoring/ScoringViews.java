package com.ecosystemgraph.scoring;

import com.ecosystemgraph.jobs.JobStatus;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the scoring API answers, as the schema's types: IppModel (from the model card), ModelStatus, JobStatus, ModelVersion and the payloads. */
final class ScoringViews {

    private ScoringViews() {
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** The schema's ModelStatus: the serving model's state and the two background jobs. */
    record ModelStatusView(String state, String message, ShiftReport shift, String version, String checksum, String instance,
            JobView training, JobView rescoring) {
    }

    /** A job's lease as the schema's JobStatus shows it (timestamps as ISO 8601 text). */
    record JobView(String name, boolean running, String owner, String since, String expiresAt, String progress, String tookOverFrom,
            String lastOwner, String lastStartedAt, String lastFinishedAt, String lastOutcome, String lastTookOverFrom) {

        static JobView of(JobStatus s) {
            return s == null
                    ? null
                    : new JobView(s.job(), s.running(), s.owner(), text(s.since()), text(s.expiresAt()), s.progress(), s.tookOverFrom(),
                            s.lastOwner(), text(s.lastStartedAt()), text(s.lastFinishedAt()), s.lastOutcome(), s.lastTookOverFrom());
        }
    }

    /** One stored model version as the schema's ModelVersion shows it. */
    record ModelVersionView(String version, String checksum, long sizeBytes, String trainedAt, Double prospectLikeAuc, String source,
            String sourceDetail, String storedBy, String storedAt, boolean serving, String servingSince, String servingSetBy,
            String servedUntil) {

        static ModelVersionView of(ModelStore.StoredVersion v) {
            return new ModelVersionView(v.version(), v.checksum(), v.sizeBytes(), v.trainedAt(), v.prospectLikeAuc(), v.source(),
                    v.sourceDetail(), v.storedBy(), text(v.storedAt()), v.serving(), text(v.servingSince()), v.servingSetBy(),
                    text(v.servedUntil()));
        }
    }

    /** serveModel's answer. */
    record ServeModelPayload(String version, ModelStatusView status) {
    }

    /** retrainModel's answer. */
    record RetrainModelPayload(RetrainStatus status) {
    }

    /**
     * The schema's IppModel: the model card in the API's words (the card's own {@code calibration} is its Platt scaling; the API's
     * {@code calibration} is the reliability bins).
     */
    record IppModelView(String version, String kind, List<String> scores, String scoringReason, ProspectLikeView prospectLike,
            ShiftReport shift, IppModelView partnerModel, String trainedAt, String trainer, String trainerReason, String labelDefinition,
            LocalDate snapshotDate, MetricsView metrics, List<BaselineView> baselines, OracleView oracle, List<ModelCard.Lift> liftByDecile,
            List<ModelCard.ReliabilityBin> calibration, List<ModelCard.RocPoint> roc, List<String> features, int trainSize, int testSize,
            String sha256) {

        static IppModelView of(ModelCard card) {
            if (card == null) {
                return null;
            }
            ModelCard.ProspectLike p = card.prospectLike();
            ModelCard.Metrics m = card.metrics();
            ModelCard.Oracle o = card.oracle();
            return new IppModelView(card.modelVersion(), card.extractorFeatureSet().name(),
                    card.scores().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(), card.scoresReason(),
                    new ProspectLikeView(p.description(), p.auc().value(), p.auc().low(), p.auc().high(),
                            p.differenceFromPartners().value(),
                            p.differenceFromPartners().low(), p.differenceFromPartners().high(), p.expectedAucRatio()),
                    card.shift(), of(card.partnerModel()), card.trainedAt(), card.trainer(), card.trainerReason(), card.label().text(),
                    card.data().snapshotDate() == null ? null : LocalDate.parse(card.data().snapshotDate()),
                    new MetricsView(m.auc().value(), m.auc().low(), m.auc().high(), m.averagePrecision().value(), m.brier().value(),
                            m.ece(),
                            m.threshold(), m.precision(), m.recall()),
                    card.baselines().stream()
                            .map(b -> new BaselineView(b.name(), b.description(), b.auc().value(), b.auc().low(), b.auc().high(),
                                    b.difference().value(), b.difference().low(), b.difference().high()))
                            .toList(),
                    o == null
                            ? null
                            : new OracleView(o.auc().value(), o.auc().low(), o.auc().high(), o.ratio(), o.expectedAucRatio(),
                                    o.prospectExpectedAucRatio()),
                    card.liftByDecile(), card.reliability(), card.roc(), card.features(), card.data().train(), card.data().test(),
                    card.modelSha256());
        }
    }

    /** The schema's ProspectLikeMetrics. */
    record ProspectLikeView(String description, double auc, double aucLow, double aucHigh, double difference, double differenceLow,
            double differenceHigh, Double expectedAucRatio) {
    }

    /** The schema's ModelMetrics. */
    record MetricsView(double auc, double aucLow, double aucHigh, double averagePrecision, double brier, double ece, double threshold,
            double precision, double recall) {
    }

    /** The schema's BaselineMetric. */
    record BaselineView(String name, String description, double auc, double aucLow, double aucHigh, double difference, double differenceLow,
            double differenceHigh) {
    }

    /** The schema's OracleMetric. */
    record OracleView(double auc, double aucLow, double aucHigh, double ratio, Double expectedAucRatio, Double prospectExpectedAucRatio) {
    }
}
