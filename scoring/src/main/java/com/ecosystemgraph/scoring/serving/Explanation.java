package com.ecosystemgraph.scoring.serving;

import java.util.List;

/**
 * Why a partner or prospect has its score.
 *
 * @param id           the partner's id
 * @param probability  its calibrated probability
 * @param method       {@code exact-linear} (a linear model's exact contributions) or {@code lime}
 * @param factors      every factor, largest effect first (positive and negative)
 * @param graphReasons what the graph says about it, in plain words ("serves 12 of our customers")
 */
public record Explanation(String id, double probability, String method, List<Factor> factors, List<String> graphReasons) {

    /** Factors that raise the score, largest first. */
    public List<Factor> positive() {
        return factors.stream().filter(f -> f.contribution() > 0).toList();
    }

    /** Factors that lower the score, largest effect first. */
    public List<Factor> negative() {
        return factors.stream().filter(f -> f.contribution() < 0).toList();
    }
}
