package com.ecosystemgraph.investment;

/** Kinds of partner investment. */
public enum InvestmentKind {
    MDF, ENABLEMENT, CO_MARKETING, SUPPORT
}
