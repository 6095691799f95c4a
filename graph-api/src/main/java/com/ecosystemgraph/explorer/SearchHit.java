package com.ecosystemgraph.explorer;

import com.ecosystemgraph.graph.NodeKind;

/** One search result. */
record SearchHit(NodeKind kind, String id, String name, double score, String description) {
}
