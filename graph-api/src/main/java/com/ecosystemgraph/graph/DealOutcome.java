package com.ecosystemgraph.graph;

/** How a deal ended, or that it has not. */
public enum DealOutcome {
    WON, LOST, OPEN
}
