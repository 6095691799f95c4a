package com.ecosystemgraph.graph;

import com.ecosystemgraph.neo4j.GraphValues;
import org.neo4j.driver.Value;

/** A customer account as the API shows it. */
public record Customer(String id, String name, String industry, String region, Segment segment, Double arr,
        Boolean churned, Long nps) {

    /** Maps a Customer node value. */
    public static Customer from(Value node) {
        return new Customer(node.get("id").asString(), GraphValues.string(node.get("name")),
                GraphValues.string(node.get("industry")), GraphValues.string(node.get("region")),
                GraphValues.enumOf(Segment.class, node.get("segment")), GraphValues.decimal(node.get("arr")),
                GraphValues.bool(node.get("churned")), GraphValues.integer(node.get("nps")));
    }
}
