package com.ecosystemgraph.jobs;

import java.time.Duration;
import java.time.Instant;

/** Another instance kept a job's lease for longer than a caller was willing to wait. */
public class JobBusyException extends RuntimeException {

    public JobBusyException(Job job, String owner, Instant since, Duration waited) {
        super("The " + job.key() + " job has been running on " + owner + (since == null ? "" : " since " + since)
                + "; gave up waiting after " + waited.toSeconds() + " s");
    }
}
