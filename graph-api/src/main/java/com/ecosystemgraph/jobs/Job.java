package com.ecosystemgraph.jobs;

/**
 * The background jobs that take a lease: at most one instance runs each at a time. The name is the
 * key of the job's lock node and what the {@code jobs} query shows.
 */
public enum Job {
    /** Rebuilding the stale analytics rollups (before an analysis, after an import, {@code rebuild-rollups}). */
    ROLLUPS("rollups"),
    /** Generating and importing the demo ecosystem into an empty database at start. */
    DEMO_LOAD("demo-load"),
    /**
     * Training the Ideal Partner Profile models (at start when none is stored, a requested
     * retraining) and the one-time import of a former local model store.
     */
    TRAINING("training"),
    /** Rewriting every stored score (after a change that can move a feature, a new serving model, an import). */
    RESCORING("rescoring");

    private final String key;

    Job(String key) {
        this.key = key;
    }

    /** The name stored on the lock node. */
    public String key() {
        return key;
    }

    /** The job with this stored name; null for one this version does not know (a newer instance's). */
    public static Job ofKey(String key) {
        for (Job job : values()) {
            if (job.key.equals(key)) {
                return job;
            }
        }
        return null;
    }
}
