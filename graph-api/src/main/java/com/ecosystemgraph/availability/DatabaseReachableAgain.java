package com.ecosystemgraph.availability;

import java.time.Duration;
import java.time.Instant;

/**
 * Published once when an outage of the database ends, for background work that an outage stopped
 * (a rescoring after a change, the model at start) to start again by itself.
 *
 * @param since when the outage was first noticed
 * @param lasted how long it lasted
 */
public record DatabaseReachableAgain(Instant since, Duration lasted) {
}
