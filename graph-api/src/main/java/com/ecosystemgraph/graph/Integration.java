package com.ecosystemgraph.graph;

import com.ecosystemgraph.neo4j.GraphValues;
import java.time.LocalDate;
import org.neo4j.driver.Value;

/** A technology integration; depth 1 data sync, 2 workflow automation, 3 unified experience. */
public record Integration(String id, String name, int depth, LocalDate launchedOn) {

    public static Integration from(Value node) {
        return new Integration(node.get("id").asString(), GraphValues.string(node.get("name")), node.get("depth").asInt(0),
                GraphValues.date(node.get("launchedOn")));
    }
}
