package com.ecosystemgraph.scoring;

/**
 * GraphQL {@code PartnerPotential}: a partner's or prospect's stored score. Its factors and graph
 * reasons are computed only when a query asks for them ({@link ScoringService#explanation}).
 */
public record PartnerPotential(String id, int score, double probability, double percentile, String modelVersion) {
}
