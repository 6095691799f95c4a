package com.ecosystemgraph.scoring.serving;

/**
 * The Ideal Partner Profile score of one partner or prospect.
 *
 * @param id          the partner's id
 * @param status      its status ({@code active}, {@code prospect}, {@code churned})
 * @param probability calibrated probability of reaching the label's revenue bar
 * @param score       the probability on a 0-100 scale, rounded
 * @param percentile  share of active signed partners with a lower probability (ties count half), 0-100
 */
public record PartnerScore(String id, String status, double probability, int score, double percentile) {
}
