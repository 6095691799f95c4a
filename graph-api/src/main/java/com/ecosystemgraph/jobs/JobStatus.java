package com.ecosystemgraph.jobs;

import java.time.Instant;

/**
 * Where a background job stands across all instances, from its lock node.
 *
 * @param job the job's name
 * @param running true while an instance holds an unexpired lease on it
 * @param owner the instance that holds (or held, when expired) the lease
 * @param since when that run took the lease
 * @param renewedAt when that run last renewed it
 * @param expiresAt when the lease ends unless renewed
 * @param progress what that run last said it was doing
 * @param tookOverFrom the instance whose expired lease that run took over
 * @param lastOwner the instance of the last finished run
 * @param lastStartedAt when the last finished run started
 * @param lastFinishedAt when it finished
 * @param lastOutcome how it ended ({@code succeeded}, or {@code failed: ...})
 * @param lastTookOverFrom the instance whose expired lease the last finished run took over
 */
public record JobStatus(String job, boolean running, String owner, Instant since, Instant renewedAt, Instant expiresAt,
        String progress, String tookOverFrom, String lastOwner, Instant lastStartedAt, Instant lastFinishedAt,
        String lastOutcome, String lastTookOverFrom) {
}
