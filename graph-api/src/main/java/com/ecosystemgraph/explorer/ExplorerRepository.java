package com.ecosystemgraph.explorer;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graph.ExpandDirection;
import com.ecosystemgraph.graph.NodeKind;
import com.ecosystemgraph.graph.RelationshipType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The explorer's reads: search, seed lookup, one hop of expansion. */
@Repository
@Transactional(readOnly = true)
class ExplorerRepository {

    private final CypherRunner cypher;

    ExplorerRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    List<SearchHit> search(String luceneQuery, int limit) {
        return cypher.list("explorer/search", Map.of("query", luceneQuery, "limit", limit), r -> {
            Node node = r.get("node").asNode();
            NodeKind kind = NodeKind.ofLabels(node.labels());
            return new SearchHit(kind, node.get("id").asString(), node.get("name").asString(), r.get("score").asDouble(),
                    describe(kind, node));
        });
    }

    /** A seed: its element id (for navigation) and its node. */
    record Found(String elementId, GraphNode node) {
    }

    List<Found> resolve(List<Map<String, Object>> seeds) {
        return cypher.list("explorer/resolve", Map.of("seeds", seeds),
                r -> new Found(r.get("elementId").asString(), node(r.get("node"), r.get("degree").asLong())));
    }

    /** One hop: per frontier element id, its shown neighbours and how many there are. */
    record Hop(String frontierId, List<Neighbour> neighbours, long available) {
    }

    record Neighbour(String elementId, GraphNode node, String type, boolean fromFrontier, Map<String, Object> properties) {
    }

    /**
     * Which relationships an expansion follows: their types (all when null; names from the
     * {@link RelationshipType} allowlist, never the caller's text) and their direction from the frontier.
     */
    record Follow(List<String> types, ExpandDirection direction) {
        static final Follow ALL = new Follow(null, ExpandDirection.BOTH);

        static Follow of(List<RelationshipType> types, ExpandDirection direction) {
            return new Follow(types == null || types.isEmpty() ? null : types.stream().map(RelationshipType::name).distinct().toList(),
                    direction == null ? ExpandDirection.BOTH : direction);
        }

        void into(Map<String, Object> parameters) {
            parameters.put("types", types);
            parameters.put("direction", direction.name());
        }
    }

    List<Hop> expand(List<String> frontier, List<String> labels, int perNode, Follow follow) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frontier", frontier);
        parameters.put("labels", labels);
        parameters.put("perNode", perNode);
        follow.into(parameters);
        return cypher.list("explorer/expand", parameters, ExplorerRepository::hop);
    }

    /** One hop once no new node may be added: only the relationships to the {@code known} element ids. */
    List<Hop> expandAmong(List<String> frontier, List<String> labels, java.util.Collection<String> known, Follow follow) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frontier", frontier);
        parameters.put("labels", labels);
        parameters.put("known", List.copyOf(known));
        follow.into(parameters);
        return cypher.list("explorer/expand-known", parameters, ExplorerRepository::hop);
    }

    /**
     * The shortest path between two element ids through nodes of the labels (all when null) with at
     * most maxDegree relationships; empty when none within the statement's bound of 10 hops.
     */
    java.util.Optional<ShortestPath.GraphPath> shortestPath(String fromId, String toId, List<String> labels, int maxDegree) {
        return cypher.one("explorer/shortest-path", pathParameters(fromId, toId, labels, maxDegree), ExplorerRepository::path);
    }

    /**
     * Every shortest path between two element ids under the same rules, at most {@code limit} of them
     * (ordered by the ids along them, so the same question gives the same paths); empty when none.
     */
    List<ShortestPath.GraphPath> allShortestPaths(String fromId, String toId, List<String> labels, int maxDegree, int limit) {
        Map<String, Object> parameters = pathParameters(fromId, toId, labels, maxDegree);
        parameters.put("limit", limit);
        return cypher.list("explorer/all-shortest-paths", parameters, ExplorerRepository::path);
    }

    private static Map<String, Object> pathParameters(String fromId, String toId, List<String> labels, int maxDegree) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fromId", fromId);
        parameters.put("toId", toId);
        parameters.put("labels", labels);
        parameters.put("maxDegree", maxDegree);
        return parameters;
    }

    private static ShortestPath.GraphPath path(Record r) {
        Map<String, GraphNode> byElementId = new java.util.LinkedHashMap<>();
        for (Value v : r.get("nodes").values()) {
            byElementId.put(v.get("elementId").asString(), node(v.get("node"), v.get("degree").asLong()));
        }
        List<GraphEdge> edges = r.get("relationships").asList(v -> {
            String source = byElementId.get(v.get("start").asString()).id();
            String target = byElementId.get(v.get("end").asString()).id();
            String type = v.get("type").asString();
            // The same id as neighbourhood's edges, so the explorer merges a path into what it shows.
            return new GraphEdge(type + ":" + source + "->" + target, source, target, type, Property.of(v.get("properties").asMap()));
        });
        return new ShortestPath.GraphPath(r.get("hops").asInt(), List.copyOf(byElementId.values()), edges);
    }

    private static Hop hop(Record r) {
        List<Neighbour> neighbours = r.get("neighbours").asList(v -> new Neighbour(v.get("neighbourId").asString(),
                node(v.get("neighbour"), v.get("degree").asLong()), v.get("type").asString(), v.get("fromFrontier").asBoolean(),
                v.get("relationship").asMap()));
        return new Hop(r.get("frontierId").asString(), neighbours, r.get("available").asLong());
    }

    static GraphNode node(Value value, long degree) {
        Node node = value.asNode();
        NodeKind kind = NodeKind.ofLabels(node.labels());
        String entityId = node.get("id").asString();
        return new GraphNode(kind.label() + ":" + entityId, kind, entityId, label(kind, node), Property.of(node.asMap()), degree, 0);
    }

    private static String label(NodeKind kind, Node node) {
        return switch (kind) {
            case PARTNER, CUSTOMER, INTEGRATION -> node.get("name").asString(node.get("id").asString());
            case DEAL -> "Deal " + node.get("id").asString() + " · " + amount(node.get("amount")) + " " + node.get("outcome").asString("");
            case INVESTMENT -> node.get("kind").asString("investment").toUpperCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " " + amount(node.get("amount"));
        };
    }

    private static String amount(Value value) {
        return value.isNull() ? "" : String.format(java.util.Locale.ROOT, "%,.0f", value.asDouble());
    }

    private static String describe(NodeKind kind, Node node) {
        if (kind == NodeKind.PARTNER) {
            String status = node.get("status").asString("active");
            String type = node.get("type").asString("");
            return ("prospect".equals(status) ? type + " prospect" : type + " partner" + ("churned".equals(status) ? " (churned)" : ""))
                    + region(node);
        }
        String segment = node.get("segment").asString("").replace('_', '-');
        return (segment.isEmpty() ? "customer" : segment + " customer")
                + (node.get("industry").isNull() ? "" : ", " + node.get("industry").asString())
                + region(node);
    }

    private static String region(Node node) {
        return node.get("region").isNull() ? "" : ", " + node.get("region").asString();
    }
}
