package com.ecosystemgraph.graph;

/** Where a company stands with us. */
public enum PartnerStatus {
    ACTIVE, PROSPECT, CHURNED
}
