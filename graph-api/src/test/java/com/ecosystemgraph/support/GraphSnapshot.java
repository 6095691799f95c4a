package com.ecosystemgraph.support;

import com.ecosystemgraph.cypher.CypherStatements;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Everything in the graph (but the migration history) as sorted text: labels, keys and
 * properties of every node, type, ends and properties of every relationship. Two snapshots are
 * equal exactly when the graphs are.
 */
public record GraphSnapshot(List<String> nodes, List<String> relationships) {

    public static GraphSnapshot of(Driver driver) {
        try (var session = driver.session()) {
            List<String> nodes = session.run(CypherStatements.fixture("snapshot-nodes"))
                    .list(r -> r.get("labels").asList(Value::asString) + " " + sorted(r.get("props").asMap()))
                    .stream().sorted().toList();
            List<String> relationships = session.run(CypherStatements.fixture("snapshot-relationships"))
                    .list(r -> r.get("from").asString() + " -" + r.get("type").asString() + "-> " + r.get("to").asString()
                            + " " + sorted(r.get("props").asMap()))
                    .stream().sorted().toList();
            return new GraphSnapshot(nodes, relationships);
        }
    }

    private static String sorted(Map<String, Object> properties) {
        return new TreeMap<>(properties).toString();
    }

    public long nodeCount(String label) {
        return nodes.stream().filter(n -> n.startsWith("[" + label + "]")).count();
    }

    public long relationshipCount(String type) {
        return relationships.stream().filter(r -> r.contains(" -" + type + "-> ")).count();
    }
}
