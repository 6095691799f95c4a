package com.ecosystemgraph.scoring;

import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.serving.ScoreConfidence;

/**
 * One prospect in the recruiters' ranking: the blend and every component with its weight, so the
 * ranking can be read and challenged.
 *
 * @param id                 the prospect's id
 * @param name               its name
 * @param rank               1-based position in the whole ranking
 * @param blend              sum of weight x component, 0-1
 * @param ippProbability     the Ideal Partner Profile probability
 * @param customerOverlap    share of active partners serving fewer of our customers
 * @param segmentCoverage    share of its customers (or own segments) where our partners are under-represented
 * @param referralProximity  1 / referral hops to the nearest top performer (0 when more than 3)
 * @param referralHops       those hops, null when more than 3
 * @param servedCustomers    our customers it already serves
 * @param weights            the normalised weights used
 * @param modelVersion       the model run that scored it
 * @param scoredBy           the model of that run that scored it (always the prospect model)
 * @param confidence         how far its score can be trusted
 * @param confidenceNote     why not normal, in words; null when normal
 */
public record RankedProspect(String id, String name, int rank, double blend, double ippProbability, double customerOverlap,
        double segmentCoverage, double referralProximity, Integer referralHops, long servedCustomers,
        FitWeights weights, String modelVersion, FeatureSet scoredBy, ScoreConfidence confidence,
        String confidenceNote) {

    /** The same prospect at another position of the ranking. */
    RankedProspect withRank(int newRank) {
        return new RankedProspect(id, name, newRank, blend, ippProbability, customerOverlap, segmentCoverage, referralProximity,
                referralHops, servedCustomers, weights, modelVersion, scoredBy, confidence, confidenceNote);
    }
}
