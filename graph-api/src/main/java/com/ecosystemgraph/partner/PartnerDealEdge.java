package com.ecosystemgraph.partner;

import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Participation;
import com.ecosystemgraph.graph.RegistrationStage;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.graphql.SortKey;
import com.ecosystemgraph.graph.DealRole;
import java.time.LocalDate;

/**
 * An edge of {@code Partner.deals}: the deal and the partner's part in it. Its fields are plain
 * accessors, so GraphQL reads them with its default fetcher (no controller method per edge).
 */
record PartnerDealEdge(SortKey position, Deal node, Participation participation) implements Connection.Edge<Deal> {

    @Override
    public String cursor() {
        return position.encode();
    }

    public DealRole role() {
        return participation.role();
    }

    public LocalDate registeredOn() {
        return participation.registeredOn();
    }

    public RegistrationStage registrationStage() {
        return participation.registrationStage();
    }

    public Double partnerHours() {
        return participation.partnerHours();
    }

    public Double partnerEarnings() {
        return participation.partnerEarnings();
    }
}
