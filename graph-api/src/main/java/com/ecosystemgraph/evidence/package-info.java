/**
 * The evidence behind the analytics' figures: the deals a figure counts, under the same filter, paged
 * and sorted, with totals that add up to the figure ({@code dealEvidence}, schema evidence.graphqls).
 */
package com.ecosystemgraph.evidence;
