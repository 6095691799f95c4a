package com.ecosystemgraph.graph;

import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.neo4j.driver.Value;

/** A deal as the API shows it. */
public record Deal(String id, Double amount, String stage, DealOutcome outcome, LocalDate createdOn, LocalDate closedOn,
        DealSource source) {

    public static Deal from(Value node) {
        return new Deal(node.get("id").asString(), GraphValues.decimal(node.get("amount")), GraphValues.string(node.get("stage")),
                GraphValues.enumOf(DealOutcome.class, node.get("outcome")), GraphValues.date(node.get("createdOn")),
                GraphValues.date(node.get("closedOn")), GraphValues.enumOf(DealSource.class, node.get("source")));
    }

    /** Days from creation to close; null while open. */
    public Long daysToClose() {
        return createdOn == null || closedOn == null ? null : ChronoUnit.DAYS.between(createdOn, closedOn);
    }
}
