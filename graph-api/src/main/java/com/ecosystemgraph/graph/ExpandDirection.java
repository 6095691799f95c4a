package com.ecosystemgraph.graph;

/** Which way relationships are followed from a node (GraphQL {@code ExpandDirection}). */
public enum ExpandDirection {
    OUT, IN, BOTH
}
