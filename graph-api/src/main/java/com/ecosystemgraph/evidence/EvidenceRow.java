package com.ecosystemgraph.evidence;

import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Partner;

/**
 * One row of the evidence (GraphQL {@code EvidenceEdge} without its cursor): a deal, what it adds to the
 * figure, and whom it credits; or a partner and what it adds (the partner measures). {@code key} is unique in the list (the
 * deal, and the credited entity; or the partner).
 */
record EvidenceRow(String key, Deal node, double value, EvidenceEntity creditedTo, Integer hops, Double hours, Partner partner,
        Customer customer) {

    EvidenceRow(String key, Deal node, double value, EvidenceEntity creditedTo, Integer hops, Double hours) {
        this(key, node, value, creditedTo, hops, hours, null, null);
    }

    /** A partner row (ACTIVE_PARTNER, SIGNED_PARTNER, PROSPECT_OVERLAP): no deal. */
    static EvidenceRow partner(String key, Partner partner, double value) {
        return new EvidenceRow(key, null, value, null, null, null, partner, null);
    }

    /** A customer row (PROSPECT_CUSTOMER; INTEGRATION_USER, crediting the partner whose integration it uses): no deal. */
    static EvidenceRow customer(String key, Customer customer, double value, EvidenceEntity creditedTo) {
        return new EvidenceRow(key, null, value, creditedTo, null, null, null, customer);
    }

    /** {@code EvidenceEntity}. */
    record EvidenceEntity(String id, String kind, String name) {
    }
}
