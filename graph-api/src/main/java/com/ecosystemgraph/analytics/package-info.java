/**
 * Ecosystem analytics (issue 5): attribution and KPIs, return on partner investment with
 * concentration and dilution, performance tiers, partner economics, value combinations and referral
 * reach. Cypher in {@code cypher/queries/analytics/} aggregates in the database; the statistics
 * (Wilson intervals, Fisher's exact test, Benjamini-Hochberg, Gini) run here, on the aggregates.
 * Formulas and definitions: docs/analytics.md.
 */
package com.ecosystemgraph.analytics;
