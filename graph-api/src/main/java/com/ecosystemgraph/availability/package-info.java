/**
 * Whether the database can be reached, as one fact for the whole service: requests that fail
 * because it cannot be reached are answered {@code 503 UNAVAILABLE} (and later ones at once, without
 * trying), readiness is DOWN, the log says so once per outage with its duration when it ends, and
 * background work that an outage interrupted starts again by itself (docs/operations.md, "When
 * things go wrong").
 */
package com.ecosystemgraph.availability;
