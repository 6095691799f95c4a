package com.ecosystemgraph.graph;

/** The five kinds of partner (domain.md); stored in lower case in the graph. */
public enum PartnerType {
    REFERRAL, TECHNOLOGY, RESELLER, STRATEGIC, SERVICES
}
