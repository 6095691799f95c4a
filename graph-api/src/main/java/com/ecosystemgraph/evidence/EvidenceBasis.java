package com.ecosystemgraph.evidence;

/** Which deals of the period a figure counts (GraphQL {@code EvidenceBasis}); the name is what the Cypher compares. */
public enum EvidenceBasis {
    /** Closed won in the period. */
    WON,
    /** Closed won or lost in the period. */
    CLOSED,
    /** Created in the period. */
    CREATED,
    /** Closed won in the 12 months up to the as-of date (a performance tier's revenue). */
    TRAILING_YEAR
}
