package com.ecosystemgraph.explorer;

import java.util.List;

/**
 * The answer to {@code shortestPath}: the (first) path or null, every path found (one, or all the
 * shortest when asked), and what was found in words.
 */
record ShortestPath(GraphPath path, List<GraphPath> paths, String explanation) {

    static ShortestPath of(List<GraphPath> paths, String explanation) {
        return new ShortestPath(paths.isEmpty() ? null : paths.getFirst(), List.copyOf(paths), explanation);
    }

    /** A path in the neighbourhood's node and edge shape, nodes in order from start to end. */
    record GraphPath(int hops, List<GraphNode> nodes, List<GraphEdge> edges) {
    }
}
