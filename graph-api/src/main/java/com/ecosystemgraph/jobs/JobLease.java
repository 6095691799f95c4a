package com.ecosystemgraph.jobs;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * One run's hold on a job: renewed in the background while open, released by {@link #close()}.
 * A long run calls {@link #checkHeld()} between its steps, so a run whose lease was taken over
 * (this instance stalled past the expiry) stops instead of running beside the new holder.
 */
public final class JobLease implements AutoCloseable {

    private final JobLeases leases;
    private final Job job;
    private final String token;
    private final Instant since;
    private final String tookOverFrom;
    private volatile String progress;
    private volatile String outcome = "succeeded";
    private volatile String lost;
    private volatile long renewedNanos = System.nanoTime();
    private volatile ScheduledFuture<?> renewal;
    private volatile boolean closed;

    JobLease(JobLeases leases, Job job, String token, Instant since, String tookOverFrom) {
        this.leases = leases;
        this.job = job;
        this.token = token;
        this.since = since;
        this.tookOverFrom = tookOverFrom;
    }

    public Job job() {
        return job;
    }

    /** When this run took the lease (database clock). */
    public Instant since() {
        return since;
    }

    /** The instance whose expired lease this run took over, if it did. */
    public Optional<String> tookOverFrom() {
        return Optional.ofNullable(tookOverFrom);
    }

    /** What the run is doing, for the jobs status (stored with the next renewal). */
    public void progress(String text) {
        this.progress = text;
    }

    /** How the run ended, stored when the lease is released (default {@code succeeded}). */
    public void outcome(String text) {
        this.outcome = text;
    }

    /**
     * True while the lease is this run's: not taken over, and renewed within its time to live (a
     * run that cannot reach the database to renew must assume another instance took over).
     */
    public boolean held() {
        return lost == null && !closed && System.nanoTime() - renewedNanos < leases.ttl().toNanos();
    }

    /** Throws when the lease is no longer this run's; call it between the steps of a long run. */
    public void checkHeld() {
        if (!held()) {
            throw new LeaseLostException(job, lost != null
                    ? lost
                    : closed
                            ? "the run already released it"
                            : "not renewed for " + leases.ttl().toSeconds() + " s");
        }
    }

    /** Releases the lease (the next instance that needs the job can take it at once). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ScheduledFuture<?> task = renewal;
        if (task != null) {
            task.cancel(false);
        }
        if (lost == null) {
            leases.release(this);
        }
    }

    String token() {
        return token;
    }

    String currentProgress() {
        return progress;
    }

    String currentOutcome() {
        return outcome;
    }

    void renewed() {
        renewedNanos = System.nanoTime();
    }

    void lost(String reason) {
        lost = reason;
        ScheduledFuture<?> task = renewal;
        if (task != null) {
            task.cancel(false);
        }
    }

    void renewal(ScheduledFuture<?> task) {
        this.renewal = task;
    }
}
