package com.ecosystemgraph.scoring.model;

/**
 * Platt scaling: {@code p = sigmoid(slope * logit(raw) + intercept)}, fitted on out-of-fold
 * predictions, so probabilities mean what they say (a 0.3 is a 30% chance).
 */
public record Calibration(String method, double slope, double intercept) {

    /** Raw probabilities are clipped to this distance from 0 and 1 before the logit. */
    public static final double EPSILON = 1e-6;

    public static Calibration identity() {
        return new Calibration("none", 1, 0);
    }

    public double apply(double rawProbability) {
        return sigmoid(slope * logit(rawProbability) + intercept);
    }

    public static double logit(double p) {
        double q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
        return Math.log(q / (1 - q));
    }

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
