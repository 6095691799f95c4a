package com.ecosystemgraph.analytics.tiers;

import java.time.LocalDate;

/** What the tier comparison reads of one signed partner: its tier, tenure, trailing revenue and investment. */
record TierRow(String id, String name, String type, String tier, String status, LocalDate signedOn, LocalDate asOf,
        double trailingRevenue, double investment) {
}
