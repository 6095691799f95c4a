package com.ecosystemgraph.graph;

/** Kinds of partner investment. */
public enum InvestmentKind {
    MDF, ENABLEMENT, CO_MARKETING, SUPPORT
}
