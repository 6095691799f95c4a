package com.ecosystemgraph.scoring.serving;

import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;

/**
 * The Ideal Partner Profile score of one partner or prospect.
 *
 * @param id          the partner's id
 * @param status      its status ({@code active}, {@code prospect}, {@code churned})
 * @param probability calibrated probability of reaching the label's revenue bar
 * @param score       the probability on a 0-100 scale, rounded
 * @param percentile  share of active signed partners with a lower probability from the same model (ties count half), 0-100
 * @param model       the model that scored it: {@code PROSPECT} (pre-signing facts) or {@code PARTNER}
 * @param confidence  how far the score can be trusted
 * @param note        why the confidence is not normal, in words; null when it is
 */
public record PartnerScore(String id, String status, double probability, int score, double percentile, FeatureSet model,
        ScoreConfidence confidence, String note) {
}
