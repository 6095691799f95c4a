package com.ecosystemgraph.savedview;

/** The part of the web client a saved view reopens (GraphQL {@code SavedViewTarget}). */
public enum SavedViewTarget {
    EXPLORER, PORTFOLIO, COMBINATIONS, REFERRALS;

    /** The analytics views, which keep a period and segment rather than a canvas. */
    boolean takesFilter() {
        return this != EXPLORER;
    }
}
