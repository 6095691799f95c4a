package com.ecosystemgraph.explorer;

import com.ecosystemgraph.graph.NodeKind;
import java.util.List;

/** A node of the explorer's graph; {@code id} is kind-qualified ("Partner:P1"). */
record GraphNode(String id, NodeKind kind, String entityId, String label, List<Property> properties, long degree,
        long hiddenNeighbours) {

    GraphNode withHidden(long hidden) {
        return new GraphNode(id, kind, entityId, label, properties, degree, hidden);
    }
}
