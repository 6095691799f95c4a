package com.ecosystemgraph.scoring;

import com.ecosystemgraph.availability.Unavailability;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobBusyException;
import com.ecosystemgraph.jobs.JobLease;
import com.ecosystemgraph.jobs.JobLeases;
import com.ecosystemgraph.jobs.LeaseLostException;
import com.ecosystemgraph.scoring.ScoringService.RescoreTiming;
import com.ecosystemgraph.scoring.ScoringService.ScoredPartner;
import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.NetworkFeaturesUnavailableException;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.serving.BatchScorer;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import com.ecosystemgraph.scoring.serving.ScoreStore;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the stored scores for every instance (the {@code rescoring} lease): with the store's
 * serving version, only when they are not current (or forced), and hands the new scores to the
 * served model. Logs as {@link ScoringService}, whose work this is.
 */
final class Rescoring {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    private final Driver driver;
    private final String database;
    private final ScoringState state;
    private final JobLeases leases;
    private final ServingHost host;
    private final BackgroundWork work;
    /** {@code ecosystem.scoring.rescore-on-change}: a change is rescored at once here. */
    private final boolean rescoreOnChange;
    private final AtomicBoolean rescoreQueued = new AtomicBoolean();
    /** How long a start waits for another instance's rescoring. */
    private final Duration longWait;
    private volatile RescoreTiming lastRescore;

    Rescoring(Driver driver, String database, ScoringState state, JobLeases leases, ServingHost host, BackgroundWork work,
            boolean rescoreOnChange, Duration longWait) {
        this.driver = driver;
        this.database = database;
        this.state = state;
        this.leases = leases;
        this.host = host;
        this.work = work;
        this.rescoreOnChange = rescoreOnChange;
        this.longWait = longWait;
    }

    /**
     * After a committed mutation that can change features, this instance rescores everything once
     * for every instance (the rescoring lease). Changes that arrive while a rescoring waits are folded
     * into it; during a running one they queue exactly one more, so the scores end on the latest graph.
     */
    void afterChange() {
        markChanged();
        if (rescoreOnChange && host.serving() != null && rescoreQueued.compareAndSet(false, true)) {
            work.score(() -> {
                rescoreQueued.set(false);
                rescoreQuietly(longWait);
            });
        }
    }

    /**
     * Notes in the scoring state that the scores are behind the graph (the database's clock, after
     * the change committed): whichever instance rescores next sees it, and another instance takes the
     * rescoring over when this one dies before it.
     */
    private void markChanged() {
        try {
            state.markChanged();
        } catch (RuntimeException e) {
            LOG.warn("Could not note the change in the scoring state ({}); this instance rescores anyway", e.getMessage());
        }
    }

    /** {@link #rescoreIfNeeded} in the background: every failure is logged, none thrown. */
    void rescoreQuietly(Duration maxWait) {
        try {
            rescoreIfNeeded(maxWait, false);
        } catch (JobBusyException e) {
            LOG.debug("Rescoring: {}", e.getMessage());
        } catch (LeaseLostException e) {
            LOG.warn("Rescoring stopped: {}; the instance that took it over rescores", e.getMessage());
        } catch (NetworkFeaturesUnavailableException e) {
            LOG.warn("Rescoring stopped: {}", e.getMessage());
        } catch (RuntimeException e) {
            if (Unavailability.is(e)) {
                LOG.warn("Rescoring stopped: the database cannot be reached; the store's check runs it again when the database is back");
            } else {
                LOG.warn("Rescoring failed; the previous scores stay until the next change or start", e);
            }
        }
    }

    /**
     * Rewrites the stored scores with the model this instance would score with (the store's serving
     * version, or the one serving here when that is refused), on one instance at a time, unless they
     * are current (or {@code force}).
     *
     * @return the version that scored, empty when there was nothing to do or no model
     */
    Optional<String> rescoreIfNeeded(Duration maxWait, boolean force) {
        ScoringModels model = modelToScoreWith();
        if (model == null) {
            return Optional.empty();
        }
        String version = model.version();
        Optional<String> done = leases.runIfNeeded(Job.RESCORING, maxWait, tx -> force || ScoringState.rescoringNeeded(tx, version),
                lease -> {
                    ScoringModels now = modelToScoreWith();
                    rescoreWith(now == null ? model : now, lease);
                    return (now == null ? model : now).version();
                });
        if (done.isEmpty()) {
            host.refreshScores();
        }
        return done;
    }

    /**
     * The store's serving version when it loads (adopting it), else the one serving here; none when
     * the store has no serving version (it was emptied: scores of a model it does not hold are not written).
     */
    private ScoringModels modelToScoreWith() {
        Optional<Pointer> pointer = state.pointer();
        if (pointer.isEmpty()) {
            return null;
        }
        host.adoptUnlessRefused(pointer.get(), "the store's serving version");
        ServedModel current = host.serving();
        return current == null ? null : current.models;
    }

    /** Start: rescoring only when the stored scores are not current, else reading them. */
    void ensureScores() {
        ServedModel current = host.serving();
        if (current == null) {
            return;
        }
        String version = current.version();
        boolean needed = state.rescoringNeeded(version);
        if (needed) {
            rescoreIfNeeded(longWait, false);
        } else {
            host.refreshScores();
            ServedModel now = host.serving();
            LOG.info("The stored scores are current for model {}: not rescored ({} partners and prospects)", version, now == null
                    ? 0
                    : now.scores.size());
        }
    }

    private void rescoreWith(ScoringModels model, JobLease lease) {
        long t0 = System.nanoTime();
        ZonedDateTime from = state.now();
        lease.progress("reading the features");
        List<PartnerFeatures> rows = new FeatureQuery(driver, database).all();
        lease.checkHeld();
        long t1 = System.nanoTime();
        BatchScorer.Batch batch = new BatchScorer(model).scoreWithShift(rows);
        List<PartnerScore> scores = batch.scores();
        long t2 = System.nanoTime();
        lease.progress("storing " + scores.size() + " scores");
        lease.checkHeld();
        new ScoreStore(driver, database).write(model.version(), scores, ZonedDateTime.now(ZoneOffset.UTC));
        long generation = state.scoringFinished(from, model.version(), leases.instance(), rows.size(), batch.shift().toJson());
        long t3 = System.nanoTime();
        Map<String, ScoredPartner> byId = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PartnerFeatures row = rows.get(i);
            byId.put(row.id(), new ScoredPartner(row.id(), row.name(), row.status(), row.region(), row.type(), row.industries(),
                    model.version(), scores.get(i)));
        }
        host.rescored(model, Map.copyOf(byId), batch.shift(), generation, rows);
        lastRescore = new RescoreTiming(rows.size(), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2),
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("Scored {} partners and prospects with model {} in {} ms (features {} ms, model {} ms, storing {} ms), for every instance",
                rows.size(), model.version(), lastRescore.total().toMillis(), lastRescore.features().toMillis(),
                lastRescore.scoring().toMillis(), lastRescore.storing().toMillis());
        if (batch.shift().lowConfidence()) {
            LOG.warn("{}; every prospect score says so", batch.shift().lowConfidenceNote());
        }
    }

    /** The timing of the last rescoring on this instance, if there was one. */
    Optional<RescoreTiming> lastRescore() {
        return Optional.ofNullable(lastRescore);
    }
}
