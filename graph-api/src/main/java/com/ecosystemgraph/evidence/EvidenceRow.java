package com.ecosystemgraph.evidence;

import com.ecosystemgraph.graph.Deal;

/**
 * One row of the evidence (GraphQL {@code EvidenceEdge} without its cursor): a deal, what it adds to the
 * figure, and whom it credits. {@code key} is unique in the list (the deal, and the credited entity).
 */
record EvidenceRow(String key, Deal node, double value, EvidenceEntity creditedTo, Integer hops, Double hours) {

    /** {@code EvidenceEntity}. */
    record EvidenceEntity(String id, String kind, String name) {
    }
}
