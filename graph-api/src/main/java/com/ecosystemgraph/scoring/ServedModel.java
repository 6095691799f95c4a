package com.ecosystemgraph.scoring;

import com.ecosystemgraph.scoring.ScoringService.ScoredPartner;
import com.ecosystemgraph.scoring.ScoringState.StoredScores;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.serving.Explainer;
import com.ecosystemgraph.scoring.serving.Explanation;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import com.ecosystemgraph.scoring.serving.ScoreConfidence;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What an instance serves: the models of one version and the stored scores (with the shift the
 * scores were made with), and what is read from them: potentials and explanations. {@code generation}
 * counts the rescorings of the database's scores. Immutable but for the explanations, which are
 * computed when first asked for (one feature query per served scores) and cached.
 */
final class ServedModel {

    /** The feature rows and explainers of the served scores. */
    record Explaining(Map<String, PartnerFeatures> rows, Map<FeatureSet, Explainer> explainers) {
    }

    final ScoringModels models;
    final String checksum;
    final Map<String, ScoredPartner> scores;
    final ShiftReport shift;
    final long generation;
    /** Reads the features of every partner and prospect (for explanations made later). */
    private final Supplier<List<PartnerFeatures>> features;
    private final long seed;
    private volatile Explaining explaining;
    private final Map<String, Explanation> explanations = new ConcurrentHashMap<>();

    ServedModel(ScoringModels models, String checksum, Map<String, ScoredPartner> scores, ShiftReport shift, long generation,
            Explaining explaining, Supplier<List<PartnerFeatures>> features, long seed) {
        this.models = models;
        this.checksum = checksum;
        this.scores = scores;
        this.shift = shift;
        this.generation = generation;
        this.explaining = explaining;
        this.features = features;
        this.seed = seed;
    }

    String version() {
        return models.version();
    }

    /** True when this serves {@code version} with {@code checksum}. */
    boolean is(String version, String checksum) {
        return version().equals(version) && this.checksum.equals(checksum);
    }

    ServedModel withScores(StoredScores stored) {
        return new ServedModel(models, checksum, stored.scores(), stored.shift() != null ? stored.shift() : shift, stored.generation(),
                null,
                features, seed);
    }

    /** The explainers of {@code model} over {@code rows} (the rows its scores were made from). */
    static Explaining explain(ScoringModels model, List<PartnerFeatures> rows, long seed) {
        Map<String, PartnerFeatures> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        Map<FeatureSet, Explainer> explainers = new EnumMap<>(FeatureSet.class);
        explainers.put(FeatureSet.PROSPECT, new Explainer(model.prospect(), rows, seed));
        model.partnerModel().ifPresent(p -> explainers.put(FeatureSet.PARTNER, new Explainer(p, rows, seed)));
        return new Explaining(Map.copyOf(byId), Map.copyOf(explainers));
    }

    /** Reads the features once (one feature query) for explanations of this version's scores. */
    private Explaining explaining() {
        Explaining e = explaining;
        if (e == null) {
            synchronized (this) {
                e = explaining;
                if (e == null) {
                    e = explain(models, features.get(), seed);
                    explaining = e;
                }
            }
        }
        return e;
    }

    /** The potential of each id as stored (missing: no such partner, or it appeared after the last scoring). */
    Map<String, PartnerPotential> potentials(Collection<String> ids) {
        Map<String, PartnerPotential> result = new LinkedHashMap<>();
        for (String id : ids) {
            ScoredPartner p = scores.get(id);
            if (p == null) {
                continue;
            }
            PartnerScore score = p.score();
            result.put(id, new PartnerPotential(id, score.score(), score.probability(), score.percentile(), p.version(), score.model(),
                    score.confidence(), score.note()));
        }
        return result;
    }

    /** Why a partner has its score (computed once per served scores and partner, then cached). */
    Optional<Explanation> explanation(String id) {
        ScoredPartner scored = scores.get(id);
        if (scored == null) {
            return Optional.empty();
        }
        PartnerScore score = scored.score();
        if (score.confidence() == ScoreConfidence.INSUFFICIENT_DATA) {
            return Optional
                    .of(explanations.computeIfAbsent(id, k -> new Explanation(id, score.probability(), "none", List.of(), List.of())));
        }
        Explaining e = explaining();
        PartnerFeatures row = e.rows().get(id);
        if (row == null) {
            return Optional.empty();
        }
        Explainer explainer = e.explainers().get(score.model());
        if (explainer == null) {
            explainer = e.explainers().get(FeatureSet.PROSPECT);
        }
        Explainer chosen = explainer;
        return Optional.of(explanations.computeIfAbsent(id, k -> chosen.explain(row)));
    }
}
