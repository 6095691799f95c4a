package com.ecosystemgraph.customer;

/** Customer segments. */
public enum Segment {
    SMB, MID_MARKET, ENTERPRISE
}
