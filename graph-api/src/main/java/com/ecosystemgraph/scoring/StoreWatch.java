package com.ecosystemgraph.scoring;

import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.ScoringState.Poll;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One check of the model store, run every {@code ecosystem.scoring.poll-interval} (and at once when
 * the database is back): another serving version is adopted, newer scores are read, and work that a
 * stopped instance left (a rescoring, a pending retraining) is taken over. A failing check is logged
 * once until it succeeds again. Logs as {@link ScoringService}, whose work this is.
 */
final class StoreWatch implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    private final ScoringState state;
    private final ModelLifecycle model;
    private final ScoringProperties properties;
    private final Rescoring rescoring;
    private final TrainingRuns training;
    private final BackgroundWork work;
    private volatile boolean pollFailing;

    StoreWatch(ScoringState state, ModelLifecycle model, ScoringProperties properties, Rescoring rescoring, TrainingRuns training,
            BackgroundWork work) {
        this.state = state;
        this.model = model;
        this.properties = properties;
        this.rescoring = rescoring;
        this.training = training;
        this.work = work;
    }

    /** One check of the store: another serving version, new scores, work left by a stopped instance. */
    @Override
    public void run() {
        try {
            Poll p = state.poll();
            if (pollFailing) {
                LOG.info("The model store can be read again");
                pollFailing = false;
            }
            if (p.servingVersion() != null) {
                Pointer pointer = new Pointer(p.servingVersion(), p.servingChecksum());
                ServedModel current = model.serving();
                boolean same = current != null && current.is(pointer.version(), pointer.checksum());
                if (!same && !model.isRefused(pointer)) {
                    model.adopt(pointer, "another instance made it serving");
                }
            }
            ServedModel current = model.serving();
            if (current != null && p.rescoreRuns() > current.generation) {
                model.refreshScores();
            }
            takeOver(p);
        } catch (RuntimeException e) {
            if (!pollFailing) {
                LOG.warn("Cannot check the model store (retrying every {} ms): {}", properties.pollInterval().toMillis(), e.getMessage());
                pollFailing = true;
            }
        }
    }

    /** Work that another instance started and did not finish (its lease expired) or never began. */
    private void takeOver(Poll p) {
        ServedModel current = model.serving();
        // Only the store's serving version rescores: a version refused here, or one no longer in the store, writes no scores.
        if (current != null && current.version().equals(p.servingVersion()) && properties.rescoreOnChange() && !p.rescoringRunning()
                && !work.scoring() && ((p.changedSinceScoring() && p.changeOverdue()) || !current.version().equals(p.scoredVersion()))) {
            work.score(() -> rescoring.rescoreQuietly(Duration.ZERO));
        }
        if (p.retrainPending() && !p.trainingRunning() && !work.training()) {
            work.train(() -> training.trainJob(true, Duration.ZERO));
        }
    }
}
