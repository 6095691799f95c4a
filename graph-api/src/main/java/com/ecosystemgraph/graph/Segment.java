package com.ecosystemgraph.graph;

/** Customer segments. */
public enum Segment {
    SMB, MID_MARKET, ENTERPRISE
}
