package com.ecosystemgraph.graph;

/**
 * The kinds of node an import creates, each with its fixed label. This enum is the allowlist:
 * labels in Cypher come from here, never from input.
 */
public enum NodeKind {
    PARTNER("Partner"), CUSTOMER("Customer"), INTEGRATION("Integration"), DEAL("Deal"), INVESTMENT("Investment");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of a node with these labels, or null for nodes outside the ecosystem model. */
    public static NodeKind ofLabels(Iterable<String> labels) {
        for (String l : labels) {
            for (NodeKind kind : values()) {
                if (kind.label.equals(l)) {
                    return kind;
                }
            }
        }
        return null;
    }
}
