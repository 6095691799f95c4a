package com.ecosystemgraph.partner;

/** Where a company stands with us. */
public enum PartnerStatus {
    ACTIVE, PROSPECT, CHURNED
}
