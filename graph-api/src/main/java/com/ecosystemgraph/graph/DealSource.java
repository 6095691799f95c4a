package com.ecosystemgraph.graph;

/** Where a deal came from (attribution). */
public enum DealSource {
    DIRECT, PARTNER_SOURCED, PARTNER_INFLUENCED, CO_SOLD
}
