package com.ecosystemgraph.explorer;

import java.util.List;

/** A part of the graph and whether a cap left something out. */
record Neighbourhood(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
}
