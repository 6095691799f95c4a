package com.ecosystemgraph.scoring;

import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobBusyException;
import com.ecosystemgraph.jobs.JobLease;
import com.ecosystemgraph.jobs.JobLeases;
import com.ecosystemgraph.jobs.LeaseLostException;
import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.features.NetworkFeaturesUnavailableException;
import com.ecosystemgraph.scoring.model.ModelBundle;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.training.TrainingPipeline;
import com.ecosystemgraph.training.ModelTraining;
import com.ecosystemgraph.training.TrainingOptions;
import com.ecosystemgraph.training.TrainingProgress;
import com.ecosystemgraph.training.TrainingResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training runs on one instance at a time (the {@code training} lease): at start when no version
 * serves, and requested retrainings. A new model is stored, and serves only when its prospect model's
 * held-out AUC of partners seen as prospects is at least the serving one's; the scores follow. Logs
 * as {@link ScoringService}, whose work this is.
 */
final class TrainingRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    /** A model just trained and loaded from its folder. */
    private record Candidate(ModelBundle bundle, ScoringModels models, double newAuc) {
        String version() {
            return models.version();
        }
    }

    /** What storing a candidate decided. */
    private record Outcome(boolean replace, Double previousAuc, String previousVersion, String message) {
    }

    private final Driver driver;
    private final String database;
    private final ScoringProperties properties;
    private final ModelStore store;
    private final ScoringState state;
    private final JobLeases leases;
    private final ModelLoader loader;
    private final ServingHost host;
    private final Rescoring rescoring;
    private final Duration longWait;

    TrainingRuns(Driver driver, String database, ScoringProperties properties, ModelStore store, ScoringState state, JobLeases leases,
            ModelLoader loader, ServingHost host, Rescoring rescoring, Duration longWait) {
        this.driver = driver;
        this.database = database;
        this.properties = properties;
        this.store = store;
        this.state = state;
        this.leases = leases;
        this.loader = loader;
        this.host = host;
        this.rescoring = rescoring;
        this.longWait = longWait;
    }

    /**
     * Trains on one instance: at start when no version serves, or a pending retraining. Another
     * instance's run is waited for (up to {@code maxWait}); a run whose instance died is taken over.
     */
    void trainJob(boolean retrain, Duration maxWait) {
        try {
            leases.runIfNeeded(Job.TRAINING, maxWait, tx -> retrain ? ScoringState.retrainPending(tx) : ScoringState.pointer(tx).isEmpty(),
                    lease -> {
                        train(lease, retrain);
                        return Boolean.TRUE;
                    });
            if (!retrain && host.serving() == null) {
                Optional<Pointer> pointer = state.pointer();
                if (pointer.isPresent()) {
                    host.adopt(pointer.get(), "trained by another instance");
                    rescoring.ensureScores();
                }
            }
        } catch (JobBusyException e) {
            LOG.debug("Training: {}", e.getMessage());
        } catch (LeaseLostException e) {
            LOG.warn("Training stopped: {}; the instance that took it over trains", e.getMessage());
        } catch (TrainingPipeline.NotEnoughDataException | NetworkFeaturesUnavailableException e) {
            // What the operators can act on: the reason, not an internal error with a stack trace.
            host.unavailable(e.getMessage(), null);
        } catch (RuntimeException e) {
            String id = java.util.UUID.randomUUID().toString();
            host.unavailable("The model could not be trained; quote id " + id + " to the operators", e);
        }
    }

    private void train(JobLease lease, boolean retrain) {
        // The run's first write: it waits here while another transaction holds the scoring state.
        long seed = state.trainingStarted(leases.instance(), retrain, lease.tookOverFrom().orElse(null), properties.seed());
        lease.checkHeld();
        host.training("The model is being trained on the current graph by " + leases.instance());
        Path work;
        try {
            work = Files.createTempDirectory("ipp-training-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for training", e);
        }
        try {
            trainInto(work, seed, lease, retrain);
        } catch (RuntimeException e) {
            if (retrain && !(e instanceof LeaseLostException)) {
                finishRetrain("Retraining failed: " + e.getMessage());
            }
            throw e;
        } finally {
            deleteQuietly(work);
        }
    }

    /** Trains into {@code work}, stores the model, makes it serve when it is at least as good, and rescores after it. */
    private void trainInto(Path work, long seed, JobLease lease, boolean retrain) {
        Candidate candidate = trainCandidate(work, seed, lease);
        Outcome outcome = storeAndJudge(candidate, seed, lease, retrain);
        LOG.info("{}: {}", retrain ? "Retraining" : "Training", outcome.message());
        if (outcome.replace()) {
            state.pointer().ifPresent(p -> host.adopt(p, retrain ? "retrained here" : "trained here"));
            // The scores follow the new serving version: this instance rewrites them once for everyone.
            rescoring.rescoreIfNeeded(longWait, false);
        }
    }

    /** Trains the models into {@code work} (the lease is checked at every step) and loads them back as the service would. */
    private Candidate trainCandidate(Path work, long seed, JobLease lease) {
        long t0 = System.nanoTime();
        TrainingResult result = ModelTraining.train(driver, database, TrainingOptions.defaults().withSeed(seed), work,
                new TrainingProgress() {
                    @Override
                    public void step(String description, int total) {
                        lease.progress(description);
                        lease.checkHeld();
                    }

                    @Override
                    public void note(String message) {
                        LOG.info("Training: {}", message);
                    }
                });
        lease.checkHeld();
        ModelBundle bundle = ModelBundle.readDirectory(work);
        ScoringModels models = loader.load(bundle, "the model just trained");
        LOG.info("Trained the Ideal Partner Profile model {} in {} ms: prospect model held-out AUC {}{}", models.version(),
                (System.nanoTime() - t0) / 1_000_000, String.format(Locale.ROOT, "%.3f", result.card().metrics().auc().value()),
                models.partnerModel().map(p -> String.format(Locale.ROOT, ", partner model %.3f", p.card().metrics().auc().value()))
                        .orElse(""));
        return new Candidate(bundle, models, result.card().prospectLike().auc().value());
    }

    /**
     * Stores the candidate and, in the same transaction (under the store's lock, the lease still
     * held), makes it serve when its prospect model is at least as good as the serving one, and
     * records how a retraining ended.
     */
    private Outcome storeAndJudge(Candidate candidate, long seed, JobLease lease, boolean retrain) {
        String version = candidate.version();
        double newAuc = candidate.newAuc();
        return state.write(tx -> {
            ModelStore.lock(tx);
            lease.checkHeld();
            Optional<Pointer> before = ScoringState.pointer(tx);
            Double previousAuc = before.map(this::servingAuc).orElse(null);
            // Ranking prospects is the job: the prospect models are compared by their held-out AUC of partners seen as prospects.
            boolean replace = previousAuc == null || Double.isNaN(previousAuc) || newAuc >= previousAuc;
            store.store(tx, candidate.bundle(), candidate.models().card(), ModelStore.Source.TRAINED,
                    (retrain ? "retraining" : "training at start") + " (seed " + seed + ")", leases.instance());
            String message = previousAuc == null
                    ? String.format(Locale.ROOT, "New model %s serves (held-out AUC of partners seen as prospects %.3f)", version, newAuc)
                    : String.format(Locale.ROOT,
                            "%s: new model %s has a held-out AUC of partners seen as prospects of %.3f, the serving model %.3f",
                            replace ? "Replaced" : "Kept the serving model", version, newAuc, previousAuc);
            if (replace) {
                ModelStore.makeServing(tx, version, leases.instance(), message);
            }
            if (retrain) {
                ScoringState.retrainFinished(tx, replace ? "REPLACED" : "KEPT", message, version, newAuc, previousAuc);
            }
            return new Outcome(replace, previousAuc, before.map(Pointer::version).orElse(null), message);
        });
    }

    /** The serving prospect model's held-out AUC of partners seen as prospects, as its card records it (null when it cannot be read). */
    private Double servingAuc(Pointer pointer) {
        ServedModel current = host.serving();
        if (current != null && current.version().equals(pointer.version())) {
            return current.models.card().prospectLike().auc().value();
        }
        try {
            return loader.load(store.read(pointer.version()), "the stored model " + pointer.version()).card().prospectLike().auc().value();
        } catch (ModelLoadException e) {
            LOG.warn("The serving model {} cannot be read to compare ({}); the new model replaces it", pointer.version(), e.getMessage());
            return null;
        }
    }

    private void finishRetrain(String message) {
        try {
            state.retrainFinished("FAILED", message, null, null, null);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the end of the retraining: {}", e.getMessage());
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it
        }
    }
}
