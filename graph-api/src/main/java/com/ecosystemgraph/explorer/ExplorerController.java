package com.ecosystemgraph.explorer;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.NotFoundException;
import com.ecosystemgraph.graph.ExpandDirection;
import com.ecosystemgraph.graph.NodeKind;
import com.ecosystemgraph.graph.RelationshipType;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search} and {@code neighbourhood}: what the graph explorer asks. */
@Controller
@ViewerAccess
class ExplorerController {

    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 5_000;
    static final int MAX_PER_NODE = 1_000;
    /** The literal bound of explorer/shortest-path.cypher. */
    static final int MAX_PATH_HOPS = 10;

    private final ExplorerRepository explorer;

    ExplorerController(ExplorerRepository explorer) {
        this.explorer = explorer;
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument Integer first) {
        int limit = first == null ? 10 : first;
        if (limit < 1 || limit > 100) {
            throw new BadRequestException("'first' must be between 1 and 100, got " + limit);
        }
        return explorer.search(SearchText.toLuceneQuery(text), limit);
    }

    @QueryMapping
    Neighbourhood neighbourhood(@Argument List<String> ids, @Argument Integer depth, @Argument List<NodeKind> kinds,
            @Argument Integer limit, @Argument Integer perNodeLimit, @Argument List<RelationshipType> types,
            @Argument ExpandDirection direction) {
        int hops = depth == null ? 1 : depth;
        int maxNodes = limit == null ? 500 : limit;
        int perNode = perNodeLimit == null ? 50 : perNodeLimit;
        check(hops >= 1 && hops <= MAX_DEPTH, "'depth' must be between 1 and " + MAX_DEPTH + ", got " + hops);
        check(maxNodes >= 1 && maxNodes <= MAX_NODES, "'limit' must be between 1 and " + MAX_NODES + ", got " + maxNodes);
        check(perNode >= 1 && perNode <= MAX_PER_NODE, "'perNodeLimit' must be between 1 and " + MAX_PER_NODE + ", got " + perNode);
        check(!ids.isEmpty(), "'ids' must name at least one node");
        List<String> labels = kinds == null || kinds.isEmpty() ? null : kinds.stream().map(NodeKind::label).toList();
        ExplorerRepository.Follow follow = ExplorerRepository.Follow.of(types, direction);

        Map<String, GraphNode> nodes = new LinkedHashMap<>(); // by element id
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        boolean truncated = false;
        List<String> frontier = new ArrayList<>();
        for (ExplorerRepository.Found found : explorer.resolve(seeds(ids))) {
            if (nodes.size() >= maxNodes) {
                truncated = true;
                break;
            }
            if (nodes.putIfAbsent(found.elementId(), found.node()) == null) {
                frontier.add(found.elementId());
            }
        }
        for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
            List<String> next = new ArrayList<>();
            // A chunk at a time, so the node budget is checked between statements: once it is spent
            // no new node can be shown, and the rest of the frontier only brings its relationships to
            // the nodes already shown (and its neighbour counts) instead of every neighbour.
            for (int from = 0; from < frontier.size(); from += FRONTIER_CHUNK) {
                List<String> chunk = frontier.subList(from, Math.min(frontier.size(), from + FRONTIER_CHUNK));
                List<ExplorerRepository.Hop> expansions = nodes.size() >= maxNodes
                        ? explorer.expandAmong(chunk, labels, nodes.keySet(), follow)
                        : explorer.expand(chunk, labels, perNode, follow);
                for (ExplorerRepository.Hop expansion : expansions) {
                    truncated |= absorb(expansion, nodes, edges, next, maxNodes);
                }
            }
            frontier = next;
        }
        return new Neighbourhood(List.copyOf(nodes.values()), List.copyOf(edges.values()), truncated);
    }

    /** Frontier nodes asked per statement, so the node budget is checked between them. */
    static final int FRONTIER_CHUNK = 100;

    /**
     * Adds one frontier node's shown neighbours (new ones while the budget lasts) and the
     * relationships to them; true when something was left out.
     */
    private static boolean absorb(ExplorerRepository.Hop expansion, Map<String, GraphNode> nodes, Map<String, GraphEdge> edges,
            List<String> next, int maxNodes) {
        boolean truncated = false;
        GraphNode from = nodes.get(expansion.frontierId());
        Set<String> shown = new java.util.HashSet<>();
        for (ExplorerRepository.Neighbour neighbour : expansion.neighbours()) {
            if (!nodes.containsKey(neighbour.elementId())) {
                if (nodes.size() >= maxNodes) {
                    truncated = true;
                    continue;
                }
                nodes.put(neighbour.elementId(), neighbour.node());
                next.add(neighbour.elementId());
            }
            shown.add(neighbour.elementId());
            String source = neighbour.fromFrontier() ? from.id() : neighbour.node().id();
            String target = neighbour.fromFrontier() ? neighbour.node().id() : from.id();
            String edgeId = neighbour.type() + ":" + source + "->" + target;
            edges.putIfAbsent(edgeId, new GraphEdge(edgeId, source, target, neighbour.type(), Property.of(neighbour.properties())));
        }
        long hidden = expansion.available() - shown.size();
        if (hidden > 0) {
            truncated = true;
            nodes.put(expansion.frontierId(), from.withHidden(hidden));
        }
        return truncated;
    }

    @QueryMapping
    ShortestPath shortestPath(@Argument String from, @Argument String to, @Argument Integer maxHops, @Argument List<NodeKind> kinds,
            @Argument Integer maxDegree, @Argument Boolean all, @Argument Integer maxPaths) {
        int hops = maxHops == null ? 6 : maxHops;
        int degree = maxDegree == null ? 500 : maxDegree;
        int most = maxPaths == null ? 10 : maxPaths;
        check(hops >= 1 && hops <= MAX_PATH_HOPS, "'maxHops' must be between 1 and " + MAX_PATH_HOPS + ", got " + hops);
        check(degree >= 1 && degree <= 1_000_000, "'maxDegree' must be between 1 and 1000000, got " + degree);
        check(most >= 1 && most <= MAX_PATHS, "'maxPaths' must be between 1 and " + MAX_PATHS + ", got " + most);
        ExplorerRepository.Found start = resolveOne(from, "from");
        ExplorerRepository.Found end = resolveOne(to, "to");
        if (start.elementId().equals(end.elementId())) {
            return ShortestPath.of(List.of(new ShortestPath.GraphPath(0, List.of(start.node()), List.of())),
                    "'from' and 'to' are the same node.");
        }
        List<String> labels = kinds == null || kinds.isEmpty() ? null : kinds.stream().map(NodeKind::label).toList();
        String through = (labels == null ? "" : " through " + String.join(", ", labels) + " nodes")
                + " avoiding nodes with more than " + degree + " relationships";
        String between = " from " + start.node().label() + " to " + end.node().label();
        List<ShortestPath.GraphPath> paths = Boolean.TRUE.equals(all)
                ? explorer.allShortestPaths(start.elementId(), end.elementId(), labels, degree, most + 1)
                : explorer.shortestPath(start.elementId(), end.elementId(), labels, degree).stream().toList();
        if (paths.isEmpty()) {
            return ShortestPath.of(List.of(), "No path of at most " + hops + " hops between " + start.node().label() + " and "
                    + end.node().label() + through + ".");
        }
        int length = paths.getFirst().hops();
        if (length > hops) {
            return ShortestPath.of(List.of(), "No path of at most " + hops + " hops" + through + "; the shortest is " + length + " hops.");
        }
        String hopWords = length + (length == 1 ? " hop" : " hops");
        if (!Boolean.TRUE.equals(all)) {
            return ShortestPath.of(paths, hopWords + between + ".");
        }
        boolean capped = paths.size() > most;
        List<ShortestPath.GraphPath> shown = capped ? paths.subList(0, most) : paths;
        String count = capped
                ? "At least " + (most + 1) + " shortest paths"
                : shown.size() + (shown.size() == 1 ? " shortest path" : " shortest paths");
        String cap = most == 1 ? "; the first is shown." : "; the first " + most + " are shown.";
        return ShortestPath.of(shown, count + " of " + hopWords + between + (capped ? cap : "."));
    }

    /** Most paths {@code shortestPath(all: true)} returns. */
    static final int MAX_PATHS = 50;

    private ExplorerRepository.Found resolveOne(String id, String argument) {
        List<ExplorerRepository.Found> found = explorer.resolve(seeds(List.of(id)));
        if (found.isEmpty()) {
            throw new NotFoundException("'" + argument + "': no partner, prospect, customer, integration, deal or investment has the id '"
                    + id + "'");
        }
        return found.getFirst();
    }

    /** Plain ids match every kind; "Kind:id" only that kind (the prefix must be a NodeKind label). */
    private static List<Map<String, Object>> seeds(List<String> ids) {
        Set<Map<String, Object>> seeds = new LinkedHashSet<>();
        for (String id : ids) {
            String label = null;
            String entityId = id;
            int colon = id.indexOf(':');
            if (colon > 0) {
                String prefix = id.substring(0, colon);
                for (NodeKind kind : NodeKind.values()) {
                    if (kind.label().equals(prefix) || kind.name().equals(prefix.toUpperCase(Locale.ROOT))) {
                        label = kind.label();
                        entityId = id.substring(colon + 1);
                    }
                }
            }
            Map<String, Object> seed = new HashMap<>();
            seed.put("id", entityId);
            seed.put("label", label);
            seeds.add(seed);
        }
        return List.copyOf(seeds);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new BadRequestException(message);
        }
    }
}
