package com.ecosystemgraph.explorer;

import java.util.List;

/** The answer to {@code shortestPath}: the path or null, and what was found in words. */
record ShortestPath(GraphPath path, String explanation) {

    /** A path in the neighbourhood's node and edge shape, nodes in order from start to end. */
    record GraphPath(int hops, List<GraphNode> nodes, List<GraphEdge> edges) {
    }
}
