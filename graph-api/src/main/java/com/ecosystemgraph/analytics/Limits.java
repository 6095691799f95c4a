package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graphql.BadRequestException;

/** Limits every analysis shares: the page size and the sample sizes below which a figure is not reported. */
public final class Limits {

    /** The API's page-size limit (QueryLimits checks it first; this guards direct callers). */
    public static final int MAX_FIRST = 100;
    /** Below this many partners concentration figures and shares of partners are not reported. */
    public static final int MIN_PARTNERS = 5;
    /** Below this many closed deals (or customers, partners) a win rate or share, and ratios built on it, is not reported. */
    public static final int MIN_CLOSED_DEALS = 5;
    /** Below this many won deals an average deal size or a median cycle is not reported. */
    public static final int MIN_WON_DEALS = 3;

    private Limits() {
    }

    /** A {@code first} argument outside 1..max is refused (null: the schema default applies). */
    public static void checkFirst(Integer first, int max) {
        if (first != null && (first < 1 || first > max)) {
            throw new BadRequestException("first must be 1 to " + max + ", was " + first);
        }
    }
}
