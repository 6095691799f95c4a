package com.ecosystemgraph.graph;

import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import org.neo4j.driver.Value;

/** Money or hours we spent on a partner. */
public record Investment(String id, InvestmentKind kind, Double amount, LocalDate spentOn, Double hours) {

    public static Investment from(Value node) {
        return new Investment(node.get("id").asString(), GraphValues.enumOf(InvestmentKind.class, node.get("kind")),
                GraphValues.decimal(node.get("amount")), GraphValues.date(node.get("spentOn")), GraphValues.decimal(node.get("hours")));
    }
}
