package com.ecosystemgraph.explorer;

import java.util.List;

/** A relationship of the explorer's graph between two {@link GraphNode} ids. */
record GraphEdge(String id, String source, String target, String type, List<Property> properties) {
}
