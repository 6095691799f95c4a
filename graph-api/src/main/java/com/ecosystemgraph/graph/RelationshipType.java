package com.ecosystemgraph.graph;

/**
 * The relationship types of the ecosystem graph (GraphQL {@code RelationshipType}): the allowlist the
 * explorer follows when it expands a node by type; the name is the type in the graph.
 */
public enum RelationshipType {
    SOURCED, INFLUENCED, CO_SOLD, FOR, USES, BUILT_BY, SERVES, REFERRED, IN
}
