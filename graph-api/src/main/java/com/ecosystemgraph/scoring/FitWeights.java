package com.ecosystemgraph.scoring;

import com.ecosystemgraph.graphql.BadRequestException;

/**
 * Weights of the prospect ranking's blend. Any non-negative numbers; they are normalised to sum 1,
 * so only their proportions matter.
 */
public record FitWeights(double ipp, double customerOverlap, double segmentCoverage, double referralProximity) {

    /** The default blend: the model's probability first, ecosystem fit second. */
    public static final FitWeights DEFAULT = new FitWeights(0.6, 0.15, 0.1, 0.15);

    public FitWeights normalised() {
        double[] w = {ipp, customerOverlap, segmentCoverage, referralProximity};
        double sum = 0;
        for (double x : w) {
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new BadRequestException("Blend weights must be finite and not negative");
            }
            sum += x;
        }
        if (sum <= 0) {
            throw new BadRequestException("At least one blend weight must be positive");
        }
        return new FitWeights(ipp / sum, customerOverlap / sum, segmentCoverage / sum, referralProximity / sum);
    }
}
