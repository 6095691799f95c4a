package com.ecosystemgraph.scoring;

import java.time.Instant;

/** The model store as the status shows it: the serving version and the last scoring, read now. */
public record StoreStatus(String servingVersion, String scoredVersion, String scoredBy, Instant scoredAt, long scoredRows,
        long rescoreRuns) {
}
