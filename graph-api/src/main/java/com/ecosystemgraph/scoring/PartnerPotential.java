package com.ecosystemgraph.scoring;

import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.serving.ScoreConfidence;

/**
 * GraphQL {@code PartnerPotential}: a partner's or prospect's stored score, the model that computed
 * it and how far it can be trusted. Its factors and graph reasons are computed only when a query
 * asks for them ({@link ScoringService#explanation}).
 */
public record PartnerPotential(String id, int score, double probability, double percentile, String modelVersion,
        FeatureSet scoredBy, ScoreConfidence confidence, String confidenceNote) {
}
