package com.ecosystemgraph.graph;

/** The tier the partner program assigned (not the tier its revenue earns). */
public enum PartnerTier {
    PLATINUM, GOLD, SILVER, REGISTERED
}
