package com.ecosystemgraph.jobs;

/**
 * A run's lease expired and another instance took it over (this instance stalled or lost the
 * database for longer than the lease lasts): the run must stop, the other instance does the job.
 */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(Job job, String reason) {
        super("Lost the lease of the " + job.key() + " job: " + reason);
    }
}
