package com.ecosystemgraph.graph;

import java.util.Locale;

/** A partner's role on a deal, and the relationship type it becomes (the allowlist of types). */
public enum DealRole {
    SOURCED("SOURCED"), INFLUENCED("INFLUENCED"), CO_SOLD("CO_SOLD");

    private final String relationshipType;

    DealRole(String relationshipType) {
        this.relationshipType = relationshipType;
    }

    public String relationshipType() {
        return relationshipType;
    }

    public static DealRole fromCsv(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
