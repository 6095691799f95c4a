package com.ecosystemgraph.scoring;

import com.ecosystemgraph.availability.Unavailability;
import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.model.SerialFilter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start of the served model: the former local store and {@code ECOSYSTEM_MODEL_DIR} are
 * imported, the serving version is adopted with its stored scores (rescored only when they are not
 * current), and with no model stored one is trained (inline, or in the background while readiness
 * waits). A start the database's outage stopped runs again when it is back. Logs as
 * {@link ScoringService}, whose work this is.
 */
final class ModelStart {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    private final ScoringProperties properties;
    private final ScoringState state;
    private final ModelLifecycle model;
    private final ModelImports imports;
    private final Rescoring rescoring;
    private final TrainingRuns training;
    private final BackgroundWork work;
    private final Duration longWait;
    /** The start an outage of the database interrupted, run again when it ends ({@link #restartAfterOutage}). */
    private final AtomicBoolean startAfterOutage = new AtomicBoolean();
    private final CountDownLatch started = new CountDownLatch(1);

    ModelStart(ScoringProperties properties, ScoringState state, ModelLifecycle model, ModelImports imports, Rescoring rescoring,
            TrainingRuns training, BackgroundWork work, Duration longWait) {
        this.properties = properties;
        this.state = state;
        this.model = model;
        this.imports = imports;
        this.rescoring = rescoring;
        this.training = training;
        this.work = work;
        this.longWait = longWait;
    }

    /** The warm-up step: prepares, trains in the background when no model is stored, then runs {@code andThen} (the watcher). */
    void warmUp(Runnable andThen) {
        boolean trainingStarted = false;
        try {
            trainingStarted = prepare(false);
        } finally {
            if (!trainingStarted) {
                started.countDown();
            }
            andThen.run();
        }
    }

    /** Prepares and, with no model stored, trains one (blocking). */
    void start() {
        try {
            prepare(true);
        } finally {
            started.countDown();
        }
    }

    boolean awaitStarted(Duration timeout) throws InterruptedException {
        return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return true when a training was started in the background (the start ends when it does) */
    private boolean prepare(boolean trainInline) {
        try {
            SerialFilter.install();
            imports.migrateLocalStore();
            imports.importConfiguredModel(properties.modelDir()).ifPresent(model::importRefused);
            Optional<Pointer> pointer = state.pointer();
            if (pointer.isPresent()) {
                if (model.adopt(pointer.get(), "start") || model.serving() != null) {
                    rescoring.ensureScores();
                }
                return false;
            }
            // The store was emptied under a running service (tests, a restored backup): nothing serves any more.
            model.storeEmptied();
            if (!properties.trainOnStart()) {
                model.unavailable((model.importRefusal() != null ? model.importRefusal() + ". " : "")
                        + "No model is stored yet and training"
                        + " at start is off here (ECOSYSTEM_TRAIN_ON_START=false): this instance serves the model another instance trains or"
                        + " imports as soon as it is stored", null);
                return false;
            }
            return trainAtStart(trainInline);
        } catch (RuntimeException e) {
            if (Unavailability.is(e)) {
                startAfterOutage.set(true);
                model.unavailable("The model waits for the database, which cannot be reached: it is loaded as soon as the database is back",
                        null);
                return false;
            }
            // Nothing internal (driver or GDS messages) reaches clients: they get an id to quote.
            String id = java.util.UUID.randomUUID().toString();
            model.unavailable("The model could not be prepared; quote id " + id + " to the operators", e);
            return false;
        }
    }

    /** @return true when the training runs in the background (the start ends when it does) */
    private boolean trainAtStart(boolean inline) {
        model.trainingAtStart();
        if (inline) {
            training.trainJob(false, longWait);
            return false;
        }
        work.train(() -> {
            try {
                training.trainJob(false, longWait);
            } finally {
                started.countDown();
            }
        });
        return true;
    }

    /**
     * The database is back: a start the outage stopped runs again (in the background).
     *
     * @return true when one did
     */
    boolean restartAfterOutage() {
        if (!startAfterOutage.getAndSet(false)) {
            return false;
        }
        LOG.info("The database is back: preparing the model again");
        work.train(() -> prepare(true));
        return true;
    }
}
