/**
 * How a write ends, told truthfully: committed and acknowledged, rolled back and reported, or
 * "outcome unknown, safe to retry" with the ids that make the retry idempotent, also when the
 * request's time runs out while a mutation is under way (docs/api.md, "When a write fails").
 */
package com.ecosystemgraph.outcome;
