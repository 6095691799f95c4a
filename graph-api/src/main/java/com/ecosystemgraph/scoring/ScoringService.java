package com.ecosystemgraph.scoring;

import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.availability.DatabaseReachableAgain;
import com.ecosystemgraph.availability.Unavailability;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.importing.EcosystemChanged;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobBusyException;
import com.ecosystemgraph.jobs.JobLease;
import com.ecosystemgraph.jobs.JobLeases;
import com.ecosystemgraph.jobs.JobStatus;
import com.ecosystemgraph.jobs.LeaseLostException;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ModelBundle;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.ModelManifest;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.model.SerialFilter;
import com.ecosystemgraph.scoring.serving.BatchScorer;
import com.ecosystemgraph.scoring.serving.Explainer;
import com.ecosystemgraph.scoring.serving.Explanation;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import com.ecosystemgraph.scoring.serving.ScoreConfidence;
import com.ecosystemgraph.scoring.serving.ScoreStore;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import com.ecosystemgraph.security.CredentialKind;
import com.ecosystemgraph.training.IppTrainer;
import com.ecosystemgraph.training.ModelTraining;
import com.ecosystemgraph.training.TrainingOptions;
import com.ecosystemgraph.training.TrainingProgress;
import com.ecosystemgraph.training.TrainingResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Serves the Ideal Partner Profile models from the model store in the database
 * (docs/adr/0014-models-in-the-database.md): every instance serves the version marked serving and
 * the scores stored on the nodes, so instances on one database serve one model and the same scores.
 *
 * <ul>
 *   <li><b>Start</b> ({@link #warmUp}, a warm-up step: readiness waits for it): the former local model
 *       store is imported once into an empty store, {@code ECOSYSTEM_MODEL_DIR} is imported (it serves
 *       only when nothing serves yet: the stored serving version wins), the serving version is read and
 *       checked against its checksum, and the stored scores are read, not recomputed, when they carry
 *       that version and nothing changed since. With no model stored, one instance trains it in the
 *       background ({@code training} lease) and the others wait for it.</li>
 *   <li><b>Jobs</b> take leases ({@link JobLeases}): training and retraining ({@code training}) and
 *       rewriting the scores ({@code rescoring}) run on one instance at a time; a killed instance's
 *       lease expires and another instance takes the job over.</li>
 *   <li><b>Watching</b>: every {@code ecosystem.scoring.poll-interval} an instance reads the serving
 *       version and the scoring state; another serving version is loaded and checked (a refused one is
 *       logged and audited, and the previous one keeps serving), new scores are read, and a rescoring
 *       or retraining left by a stopped instance is taken over.</li>
 * </ul>
 *
 * <p>After a committed mutation that can move a feature, this instance notes the change in the
 * scoring state and rescores once for everyone; a write around the service notes it in its own
 * transaction ({@code OutsideWrites}), and any instance rescores it after the lease TTL.
 */
@Service
public class ScoringService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);
    /** How long a job waits for another instance's run of it (training at 100x takes minutes on a busy machine). */
    private static final Duration LONG_WAIT = Duration.ofHours(2);

    /** Ways the model can be (un)available. */
    public enum Status { STARTING, TRAINING, READY, UNAVAILABLE }

    /** Writes model events into the audit trail (nothing for tools without one). */
    @FunctionalInterface
    public interface ModelEvents {
        /**
         * @param operation e.g. {@code refuseModel}, {@code importModel}
         * @param refused   true for a refusal
         */
        void record(String operation, String summary, boolean refused);

        ModelEvents NONE = (operation, summary, refused) -> { };
    }

    /** A stored score with what the prospect ranking filters on. */
    public record ScoredPartner(String id, String name, String status, String region, String type, List<String> industries,
                                String version, PartnerScore score) {
    }

    /** The feature rows and explainers of the served scores, computed when an explanation is first asked for. */
    record Explaining(Map<String, PartnerFeatures> rows, Map<FeatureSet, Explainer> explainers) {
    }

    /**
     * What this instance serves: the models of one version and the stored scores (with the shift the
     * scores were made with); {@code generation} counts the rescorings of the database's scores.
     */
    final class Serving {
        final ScoringModels models;
        final String checksum;
        final Map<String, ScoredPartner> scores;
        final ShiftReport shift;
        final long generation;
        private volatile Explaining explaining;
        final Map<String, Explanation> explanations = new ConcurrentHashMap<>();

        Serving(ScoringModels models, String checksum, Map<String, ScoredPartner> scores, ShiftReport shift, long generation,
                Explaining explaining) {
            this.models = models;
            this.checksum = checksum;
            this.scores = scores;
            this.shift = shift;
            this.generation = generation;
            this.explaining = explaining;
        }

        String version() {
            return models.version();
        }

        Serving withScores(StoredScores stored) {
            return new Serving(models, checksum, stored.scores(), stored.shift() != null ? stored.shift() : shift, stored.generation(), null);
        }

        /** Reads the features once (one feature query) for explanations of this version's scores. */
        Explaining explaining() {
            Explaining e = explaining;
            if (e == null) {
                synchronized (this) {
                    e = explaining;
                    if (e == null) {
                        e = explain(models, new FeatureQuery(driver, database).all());
                        explaining = e;
                    }
                }
            }
            return e;
        }
    }

    /** The scores in the database, as read in one transaction with the state that numbers them. */
    record StoredScores(Map<String, ScoredPartner> scores, ShiftReport shift, long generation) {
    }

    /** What the watcher reads every few seconds. */
    record Poll(String servingVersion, String servingChecksum, String scoredVersion, String scoredBy, Instant scoredAt, long scoredRows,
                long rescoreRuns, boolean changedSinceScoring, boolean changeOverdue, boolean retrainPending, boolean trainingRunning,
                boolean rescoringRunning) {
    }

    /** Filter of the prospect ranking. */
    public record ProspectFilter(String region, String type, String industry, Integer minScore) {
    }

    /** How long the last rescoring on this instance took, by phase (for the bench command and the log). */
    public record RescoreTiming(int rows, Duration features, Duration scoring, Duration storing, Duration total) {
    }

    private final Driver driver;
    private final String database;
    private final ScoringProperties properties;
    private final Path storeDir;
    private final ModelStore store;
    private final JobLeases leases;
    private final boolean ownLeases;
    private final ModelEvents events;
    private final ModelLoader loader = new ModelLoader();
    private final ExecutorService trainer = Executors.newSingleThreadExecutor(daemon("ipp-training"));
    private final ExecutorService scorer = Executors.newSingleThreadExecutor(daemon("ipp-scoring"));
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(daemon("ipp-model-watch"));
    private final AtomicInteger trainerTasks = new AtomicInteger();
    private final AtomicInteger scorerTasks = new AtomicInteger();
    private final AtomicBoolean rescoreQueued = new AtomicBoolean();
    private final AtomicBoolean watching = new AtomicBoolean();
    /** The start an outage of the database interrupted, run again when it ends ({@link #onDatabaseBack}). */
    private final AtomicBoolean startAfterOutage = new AtomicBoolean();
    private final CountDownLatch started = new CountDownLatch(1);

    private volatile Serving serving;
    private volatile RescoreTiming lastRescore;
    private volatile Status status = Status.STARTING;
    private volatile String problem = "The model is loading";
    /** The stored version (with its checksum) this instance refused, so the watcher does not refuse it every poll. */
    private volatile String refusedKey;
    private volatile String refusal;
    /** Why the model folder of ECOSYSTEM_MODEL_DIR was refused at start (shown while another version serves). */
    private volatile String importRefusal;
    private volatile boolean pollFailing;

    @Autowired
    public ScoringService(Driver driver, EcosystemProperties ecosystem, ScoringProperties properties, JobLeases leases, AuditTrail audit) {
        this(driver, ecosystem.neo4j().database(), properties,
                properties.storeDir() != null ? properties.storeDir() : ecosystem.dataDir().resolve("models"), leases, false,
                auditing(audit, leases.instance()));
    }

    /** For callers without Spring (tests, tools): leases of its own, no audit trail, no watching. */
    public ScoringService(Driver driver, String database, ScoringProperties properties, Path storeDir) {
        this(driver, database, properties, storeDir, new JobLeases(driver, database, "tool:" + ProcessHandle.current().pid(),
                Duration.ofSeconds(30)), true, ModelEvents.NONE);
    }

    private ScoringService(Driver driver, String database, ScoringProperties properties, Path storeDir, JobLeases leases,
                           boolean ownLeases, ModelEvents events) {
        this.driver = driver;
        this.database = database;
        this.properties = properties;
        this.storeDir = storeDir;
        this.store = new ModelStore(driver, database);
        this.leases = leases;
        this.ownLeases = ownLeases;
        this.events = events;
    }

    private static ModelEvents auditing(AuditTrail audit, String instance) {
        AuditTrail.Actor actor = new AuditTrail.Actor("service:" + instance, CredentialKind.COMMAND, null);
        return (operation, summary, refused) -> audit.recordSeparately(new AuditTrail.Entry(actor, operation, List.of(), summary,
                refused ? com.ecosystemgraph.audit.AuditEvent.Outcome.REFUSED : com.ecosystemgraph.audit.AuditEvent.Outcome.SUCCEEDED));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    // ---- start ------------------------------------------------------------------------------

    /**
     * The start-up warm-up step of the service (blocking; readiness waits for it): prepares the model
     * store, loads the serving version and its stored scores (rescoring only when they are not
     * current), starts training in the background when no model is stored, and starts watching the
     * store.
     */
    public void warmUp() {
        boolean training = false;
        try {
            training = prepare(false);
        } finally {
            if (!training) {
                started.countDown();
            }
            startWatching();
        }
    }

    /** Prepares and, with no model stored, trains one (blocking; for tests and tools). */
    public void start() {
        try {
            prepare(true);
        } finally {
            started.countDown();
        }
    }

    /** Waits until the start-up work (a start-up training included) ended; true when it did in time. */
    public boolean awaitStarted(Duration timeout) throws InterruptedException {
        return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return true when a training was started in the background (the start ends when it does) */
    private boolean prepare(boolean trainInline) {
        try {
            SerialFilter.install();
            migrateLocalStore();
            importConfiguredModel();
            Optional<Pointer> pointer = servingPointer();
            if (pointer.isPresent()) {
                if (adopt(pointer.get(), "start") || serving != null) {
                    ensureScores();
                }
                return false;
            }
            if (serving != null) {
                // The store was emptied under a running service (tests, a restored backup): nothing serves any more.
                LOG.warn("The model store holds no serving model any more; model {} stops serving here", serving.version());
                serving = null;
            }
            if (!properties.trainOnStart()) {
                unavailable((importRefusal != null ? importRefusal + ". " : "") + "No model is stored yet and training at start is off here (ECOSYSTEM_TRAIN_ON_START=false): this instance serves the"
                        + " model another instance trains or imports as soon as it is stored", null);
                return false;
            }
            problem = "The model is being trained on the current graph";
            status = Status.TRAINING;
            if (trainInline) {
                trainJob(false, LONG_WAIT);
                return false;
            }
            submit(trainer, trainerTasks, () -> {
                try {
                    trainJob(false, LONG_WAIT);
                } finally {
                    started.countDown();
                }
            });
            return true;
        } catch (RuntimeException e) {
            if (Unavailability.is(e)) {
                startAfterOutage.set(true);
                unavailable("The model waits for the database, which cannot be reached: it is loaded as soon as the database is back", null);
                return false;
            }
            // Nothing internal (driver or GDS messages) reaches clients: they get an id to quote.
            String id = java.util.UUID.randomUUID().toString();
            unavailable("The model could not be prepared; quote id " + id + " to the operators", e);
            return false;
        }
    }

    /**
     * The database is back after an outage: a start the outage stopped runs again by itself, and the
     * store is checked at once (a rescoring or training the outage stopped is taken up by that check,
     * from the scoring state and the leases in the database).
     */
    @EventListener
    void onDatabaseBack(DatabaseReachableAgain back) {
        if (startAfterOutage.getAndSet(false)) {
            LOG.info("The database is back: preparing the model again");
            submit(trainer, trainerTasks, () -> prepare(true));
        } else if (watching.get()) {
            watcher.execute(this::poll);
        }
    }

    /**
     * Versions before this one kept trained models in a local folder ({@code <data dir>/models}). On
     * the first start with an empty model store, its newest model that loads is imported and serves:
     * the scores users saw stay what they were, and no training is needed. Its card had no checksum
     * then; it is taken as written by the service on this machine, and carries one from now on.
     */
    private void migrateLocalStore() {
        if (storeDir == null || !Files.isDirectory(storeDir)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(storeDir)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve(ModelCard.FILE_NAME)))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            LOG.warn("Cannot list the former local model store {}: {}", storeDir, e.getMessage());
            return;
        }
        if (folders.isEmpty()) {
            return;
        }
        Optional<String> imported = leases.runIfNeeded(Job.TRAINING, LONG_WAIT, ScoringService::storeIsEmpty, lease -> {
            for (Path folder : folders) {
                try {
                    ModelBundle bundle = Files.isRegularFile(folder.resolve(ModelManifest.FILE_NAME)) ? ModelBundle.readDirectory(folder)
                            : ModelBundle.readUnlistedDirectory(folder);
                    ScoringModels models = loader.load(bundle, "the former local model " + folder);
                    write(tx -> {
                        ModelStore.lock(tx);
                        store.store(tx, bundle, models.card(), ModelStore.Source.MIGRATED, folder.toString(), leases.instance());
                        ModelStore.makeServing(tx, models.version(), leases.instance(), "the newest model of the former local model store");
                        return null;
                    });
                    String summary = "imported the newest model of the former local model store, " + models.version() + " from " + folder
                                     + ", into the database; it serves (checksum " + bundle.checksum() + ")";
                    LOG.info("Model store: {}. Models live in the database from now on; {} is no longer read", summary, storeDir);
                    events.record("migrateModelStore", summary, false);
                    return models.version();
                } catch (ModelLoadException e) {
                    LOG.warn("Model store: skipping the former local model {}: {}", folder, e.getMessage());
                }
            }
            LOG.warn("Model store: no model of the former local store {} loads; a model is trained instead (ECOSYSTEM_TRAIN_ON_START)", storeDir);
            return null;
        });
        if (imported.isEmpty() && !folders.isEmpty()) {
            LOG.info("Models live in the database; the former local model store {} is not read any more", storeDir);
        }
    }

    private static boolean storeIsEmpty(TransactionContext tx) {
        return tx.run(CypherStatements.query("scoring/store/count")).single().get("versions").asLong() == 0;
    }

    /**
     * {@code ECOSYSTEM_MODEL_DIR}: the folder's model goes into the store (checked against its
     * checksums first). It serves when no version serves yet; otherwise the stored serving version
     * wins, so instances started with different settings still serve one model, and the log says why.
     */
    private void importConfiguredModel() {
        Path dir = properties.modelDir();
        if (dir == null || dir.toString().isBlank()) {
            return;
        }
        ModelBundle bundle;
        ScoringModels models;
        try {
            bundle = ModelBundle.readDirectory(dir);
            models = loader.load(bundle, "the model folder " + dir);
        } catch (ModelLoadException e) {
            String message = "The model in ECOSYSTEM_MODEL_DIR=" + dir + " was refused and not imported: " + e.getMessage();
            importRefusal = message;
            problem = message;
            LOG.warn(message);
            events.record("importModel", message, true);
            return;
        }
        record Imported(ModelStore.Stored stored, Optional<Pointer> before) {
        }
        Imported imported = write(tx -> {
            ModelStore.lock(tx);
            Optional<Pointer> before = pointer(tx);
            ModelStore.Stored stored = store.store(tx, bundle, models.card(), ModelStore.Source.IMPORTED, dir.toString(), leases.instance());
            if (before.isEmpty()) {
                ModelStore.makeServing(tx, stored.version(), leases.instance(), "ECOSYSTEM_MODEL_DIR=" + dir + " with no model serving");
            }
            return new Imported(stored, before);
        });
        String version = models.version();
        if (imported.stored().created()) {
            events.record("importModel", "imported model " + version + " (checksum " + bundle.checksum() + ") from ECOSYSTEM_MODEL_DIR=" + dir
                    + (imported.before().isEmpty() ? "; it serves" : "; not serving: " + imported.before().get().version() + " serves"), false);
        }
        if (imported.before().isEmpty()) {
            LOG.info("Model store: imported model {} from ECOSYSTEM_MODEL_DIR={}; it serves (no model served before)", version, dir);
        } else if (imported.before().get().version().equals(version)) {
            LOG.info("Model store: ECOSYSTEM_MODEL_DIR={} holds model {}, which serves already", dir, version);
        } else {
            LOG.warn("Model store: ECOSYSTEM_MODEL_DIR={} holds model {}, but the stored serving version {} wins: every instance serves the "
                     + "model store's serving version, so instances started with different model settings still serve one model. {} {} in the "
                     + "store; to serve it everywhere, use the serveModel mutation", dir, version,
                    imported.before().get().version(), version, imported.stored().created() ? "is now" : "was already");
        }
    }

    /** Starts the watcher (once). */
    private void startWatching() {
        if (watching.compareAndSet(false, true)) {
            long every = Math.max(100, properties.pollInterval().toMillis());
            watcher.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    // ---- the serving version ------------------------------------------------------------------

    /** A serving version as the store points at it. */
    record Pointer(String version, String checksum) {
        String key() {
            return version + "@" + checksum;
        }
    }

    private Optional<Pointer> servingPointer() {
        return read(ScoringService::pointer);
    }

    private static Optional<Pointer> pointer(TransactionContext tx) {
        Record r = tx.run(CypherStatements.query("scoring/store/serving-pointer")).single();
        return r.get("version").isNull() ? Optional.empty() : Optional.of(new Pointer(r.get("version").asString(), r.get("checksum").asString(null)));
    }

    /**
     * Serves the stored version {@code pointer} here from now on: reads its files, checks them
     * against their checksum and loads the models, with the stored scores. A refused version is
     * logged and audited once, and whatever served before keeps serving.
     *
     * @return true when the version serves here now
     */
    private synchronized boolean adopt(Pointer pointer, String why) {
        Serving current = serving;
        if (current != null && current.version().equals(pointer.version()) && current.checksum.equals(pointer.checksum())) {
            return true;
        }
        ScoringModels models;
        try {
            ModelBundle bundle = store.read(pointer.version());
            if (!bundle.checksum().equals(pointer.checksum())) {
                throw new ModelLoadException("The stored model " + pointer.version() + " changed while it was read; it is read again at the next check");
            }
            models = loader.load(bundle, "the stored model " + pointer.version());
        } catch (ModelLoadException e) {
            refuse(pointer, e.getMessage());
            return false;
        }
        Serving next = new Serving(models, pointer.checksum(), Map.of(), null, -1, null);
        StoredScores stored = readStoredScores();
        serving = next.withScores(stored);
        refusedKey = null;
        refusal = null;
        status = Status.READY;
        problem = null;
        if (current == null) {
            LOG.info("Serving the Ideal Partner Profile model {} from the model store ({})", models.version(), why);
        } else {
            LOG.info("Serving the Ideal Partner Profile model {} from the model store, instead of {} ({})", models.version(), current.version(), why);
        }
        return true;
    }

    private void refuse(Pointer pointer, String reason) {
        String key = pointer.key();
        if (key.equals(refusedKey)) {
            return;
        }
        refusedKey = key;
        Serving current = serving;
        String message = "The stored serving model " + pointer.version() + " was refused: " + reason + (current == null
                ? ". No model serves on this instance; make a good version serving (serveModel) or retrain"
                : ". The previous version " + current.version() + " keeps serving on this instance");
        refusal = message;
        LOG.error(message);
        events.record("refuseModel", message, true);
        if (current == null) {
            status = Status.UNAVAILABLE;
            problem = message;
        }
    }

    /** Reads the stored scores with the state that numbers them (one read transaction). */
    private StoredScores readStoredScores() {
        return read(tx -> {
            List<Record> state = tx.run(CypherStatements.query("scoring/store/state")).list();
            long generation = state.isEmpty() ? 0 : state.getFirst().get("rescoreRuns").asLong();
            Value shiftJson = state.isEmpty() ? null : state.getFirst().get("shift");
            ShiftReport shift = shiftJson == null || shiftJson.isNull() ? null : ShiftReport.fromJson(shiftJson.asString());
            Map<String, ScoredPartner> scores = new LinkedHashMap<>();
            tx.run(CypherStatements.query("scoring/store/stored-scores")).forEachRemaining(r -> {
                ScoredPartner p = scoredPartner(r);
                scores.put(p.id(), p);
            });
            return new StoredScores(Map.copyOf(scores), shift, generation);
        });
    }

    private static ScoredPartner scoredPartner(Record r) {
        String status = r.get("status").asString(null);
        String note = r.get("note").asString(null);
        PartnerScore score = new PartnerScore(r.get("id").asString(), status, r.get("probability").asDouble(), r.get("score").asInt(),
                r.get("percentile").asDouble(), FeatureSet.valueOf(r.get("scoredBy").asString(FeatureSet.PROSPECT.name())),
                ScoreConfidence.valueOf(r.get("confidence").asString()), note);
        List<String> industries = r.get("industries").isNull() ? List.of() : r.get("industries").asList(Value::asString);
        return new ScoredPartner(score.id(), r.get("name").asString(null), status, r.get("region").asString(null),
                r.get("type").asString(null), industries, r.get("version").asString(), score);
    }

    // ---- watching -----------------------------------------------------------------------------

    /** One check of the store: another serving version, new scores, work left by a stopped instance. */
    void poll() {
        try {
            Poll p = read(tx -> {
                Record r = tx.run(CypherStatements.query("scoring/store/poll"), Map.of("graceMillis", leases.ttl().toMillis())).single();
                return new Poll(r.get("servingVersion").asString(null), r.get("servingChecksum").asString(null),
                        r.get("scoredVersion").asString(null), r.get("scoredBy").asString(null), ModelStore.instant(r.get("scoredAt")),
                        r.get("scoredRows").asLong(0), r.get("rescoreRuns").asLong(), r.get("changedSinceScoring").asBoolean(),
                        r.get("changeOverdue").asBoolean(), r.get("retrainPending").asBoolean(), r.get("trainingRunning").asBoolean(),
                        r.get("rescoringRunning").asBoolean());
            });
            if (pollFailing) {
                LOG.info("The model store can be read again");
                pollFailing = false;
            }
            if (p.servingVersion() != null) {
                Pointer pointer = new Pointer(p.servingVersion(), p.servingChecksum());
                Serving current = serving;
                boolean same = current != null && current.version().equals(pointer.version()) && current.checksum.equals(pointer.checksum());
                if (!same && !pointer.key().equals(refusedKey)) {
                    adopt(pointer, "another instance made it serving");
                }
            }
            Serving current = serving;
            if (current != null && p.rescoreRuns() > current.generation) {
                refreshScores();
            }
            takeOver(p);
        } catch (RuntimeException e) {
            if (!pollFailing) {
                LOG.warn("Cannot check the model store (retrying every {} ms): {}", properties.pollInterval().toMillis(), e.getMessage());
                pollFailing = true;
            }
        }
    }

    /** Reads the stored scores when the database has newer ones than this instance serves. */
    private synchronized void refreshScores() {
        Serving current = serving;
        if (current == null) {
            return;
        }
        StoredScores stored = readStoredScores();
        if (stored.generation() > current.generation) {
            serving = current.withScores(stored);
        }
    }

    /** Work that another instance started and did not finish (its lease expired) or never began. */
    private void takeOver(Poll p) {
        Serving current = serving;
        // Only the store's serving version rescores: a version refused here, or one no longer in the store, writes no scores.
        if (current != null && current.version().equals(p.servingVersion()) && properties.rescoreOnChange() && !p.rescoringRunning()
                && scorerTasks.get() == 0 && ((p.changedSinceScoring() && p.changeOverdue()) || !current.version().equals(p.scoredVersion()))) {
            submit(scorer, scorerTasks, () -> rescoreQuietly(Duration.ZERO));
        }
        if (p.retrainPending() && !p.trainingRunning() && trainerTasks.get() == 0) {
            submit(trainer, trainerTasks, () -> trainJob(true, Duration.ZERO));
        }
    }

    private static void submit(ExecutorService executor, AtomicInteger tasks, Runnable task) {
        tasks.incrementAndGet();
        executor.submit(() -> {
            try {
                task.run();
            } finally {
                tasks.decrementAndGet();
            }
        });
    }

    // ---- rescoring ----------------------------------------------------------------------------

    /**
     * After a committed mutation that can change features, this instance rescores everything once
     * for every instance (the rescoring lease). Changes that arrive while a rescoring waits are folded
     * into it; during a running one they queue exactly one more, so the scores end on the latest graph.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onEcosystemChanged(EcosystemChanged change) {
        if (!change.affectsFeatures()) {
            return;
        }
        markChanged();
        if (properties.rescoreOnChange() && serving != null && rescoreQueued.compareAndSet(false, true)) {
            submit(scorer, scorerTasks, () -> {
                rescoreQueued.set(false);
                rescoreQuietly(LONG_WAIT);
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
            write(tx -> tx.run(CypherStatements.query("scoring/store/mark-changed")).consume());
        } catch (RuntimeException e) {
            LOG.warn("Could not note the change in the scoring state ({}); this instance rescores anyway", e.getMessage());
        }
    }

    private void rescoreQuietly(Duration maxWait) {
        try {
            rescoreIfNeeded(maxWait, false);
        } catch (JobBusyException e) {
            LOG.debug("Rescoring: {}", e.getMessage());
        } catch (LeaseLostException e) {
            LOG.warn("Rescoring stopped: {}; the instance that took it over rescores", e.getMessage());
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
    private Optional<String> rescoreIfNeeded(Duration maxWait, boolean force) {
        ScoringModels model = modelToScoreWith();
        if (model == null) {
            return Optional.empty();
        }
        String version = model.version();
        Optional<String> done = leases.runIfNeeded(Job.RESCORING, maxWait, tx -> force || rescoringNeeded(tx, version), lease -> {
            ScoringModels now = modelToScoreWith();
            rescoreWith(now == null ? model : now, lease);
            return (now == null ? model : now).version();
        });
        if (done.isEmpty()) {
            refreshScores();
        }
        return done;
    }

    private static boolean rescoringNeeded(TransactionContext tx, String version) {
        return tx.run(CypherStatements.query("scoring/store/rescoring-needed"), Map.of("version", version)).single().get("needed").asBoolean();
    }

    /**
     * The store's serving version when it loads (adopting it), else the one serving here; none when
     * the store has no serving version (it was emptied: scores of a model it does not hold are not written).
     */
    private ScoringModels modelToScoreWith() {
        Optional<Pointer> pointer = servingPointer();
        if (pointer.isEmpty()) {
            return null;
        }
        if (!pointer.get().key().equals(refusedKey)) {
            adopt(pointer.get(), "the store's serving version");
        }
        Serving current = serving;
        return current == null ? null : current.models;
    }

    /** Start: rescoring only when the stored scores are not current, else reading them. */
    private void ensureScores() {
        Serving current = serving;
        if (current == null) {
            return;
        }
        String version = current.version();
        boolean needed = read(tx -> rescoringNeeded(tx, version));
        if (needed) {
            rescoreIfNeeded(LONG_WAIT, false);
        } else {
            refreshScores();
            LOG.info("The stored scores are current for model {}: not rescored ({} partners and prospects)", version, serving == null ? 0
                    : serving.scores.size());
        }
    }

    private void rescoreWith(ScoringModels model, JobLease lease) {
        long t0 = System.nanoTime();
        ZonedDateTime from = read(tx -> tx.run(CypherStatements.query("scoring/store/now")).single().get("now").asZonedDateTime());
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
        Map<String, Object> finished = new HashMap<>();
        finished.put("from", from);
        finished.put("version", model.version());
        finished.put("instance", leases.instance());
        finished.put("rows", (long) rows.size());
        finished.put("shift", batch.shift().toJson());
        long generation = write(tx -> {
            ModelStore.lock(tx);
            return tx.run(CypherStatements.query("scoring/store/scoring-finished"), finished).single().get("rescoreRuns").asLong();
        });
        long t3 = System.nanoTime();
        Map<String, ScoredPartner> byId = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PartnerFeatures row = rows.get(i);
            byId.put(row.id(), new ScoredPartner(row.id(), row.name(), row.status(), row.region(), row.type(), row.industries(),
                    model.version(), scores.get(i)));
        }
        synchronized (this) {
            Serving current = serving;
            String checksum = current != null && current.version().equals(model.version()) ? current.checksum : servingPointer()
                    .filter(p -> p.version().equals(model.version())).map(Pointer::checksum).orElse("");
            if (current == null || generation > current.generation || !current.version().equals(model.version())) {
                serving = new Serving(model, checksum, Map.copyOf(byId), batch.shift(), generation, explain(model, rows));
            }
            status = Status.READY;
            problem = null;
        }
        lastRescore = new RescoreTiming(rows.size(), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2),
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("Scored {} partners and prospects with model {} in {} ms (features {} ms, model {} ms, storing {} ms), for every instance",
                rows.size(), model.version(), lastRescore.total().toMillis(), lastRescore.features().toMillis(),
                lastRescore.scoring().toMillis(), lastRescore.storing().toMillis());
        if (batch.shift().lowConfidence()) {
            LOG.warn("{}; every prospect score says so", batch.shift().lowConfidenceNote());
        }
    }

    private Explaining explain(ScoringModels model, List<PartnerFeatures> rows) {
        Map<String, PartnerFeatures> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        Map<FeatureSet, Explainer> explainers = new EnumMap<>(FeatureSet.class);
        explainers.put(FeatureSet.PROSPECT, new Explainer(model.prospect(), rows, properties.seed()));
        model.partnerModel().ifPresent(p -> explainers.put(FeatureSet.PARTNER, new Explainer(p, rows, properties.seed())));
        return new Explaining(Map.copyOf(byId), Map.copyOf(explainers));
    }

    /** Re-reads the features and rewrites every score with the serving model (e.g. after an import). */
    public void rescore() {
        rescoreIfNeeded(LONG_WAIT, true);
    }

    /**
     * For the import command: rewrites every score with the store's serving model, without training
     * one (the service trains at its next start when there is none).
     *
     * @return the version that scored, empty when no model is stored
     * @throws ModelLoadException when the serving model is refused
     */
    public synchronized Optional<String> scoreWithStoredModel() {
        SerialFilter.install();
        Optional<Pointer> pointer = servingPointer();
        if (pointer.isEmpty()) {
            return Optional.empty();
        }
        if (!adopt(pointer.get(), "import")) {
            throw new ModelLoadException(refusal);
        }
        return rescoreIfNeeded(LONG_WAIT, true);
    }

    /** Waits until the background work submitted so far has ended (for tests and tools); true when it did in time. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            trainer.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            scorer.submit(() -> { }).get(left, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The timing of the last rescoring on this instance, if there was one. */
    public Optional<RescoreTiming> lastRescore() {
        return Optional.ofNullable(lastRescore);
    }

    // ---- training -----------------------------------------------------------------------------

    /**
     * Starts training new models in the background on one instance (unless a retraining is pending
     * or running already). They replace the serving ones only if the new prospect model's AUC on its
     * held-out partners seen as prospects is at least the serving prospect model's, as its card
     * records it. The serving model cannot be judged on the new held-out partners: it was fitted on
     * every partner labelled at its training, those included, and would win on them.
     *
     * @param actor who asked (for the status)
     */
    public RetrainStatus retrain(Long seed, String actor) {
        long s = seed == null ? properties.seed() : seed;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actor", actor);
        parameters.put("instance", leases.instance());
        parameters.put("seed", s);
        boolean requested = write(tx -> tx.run(CypherStatements.query("scoring/store/retrain-request"), parameters).single()
                .get("requested").asBoolean());
        if (requested) {
            submit(trainer, trainerTasks, () -> trainJob(true, LONG_WAIT));
        }
        return retrainStatus();
    }

    /** {@link #retrain(Long, String)} asked by a tool. */
    public RetrainStatus retrain(Long seed) {
        return retrain(seed, "tool");
    }

    /**
     * Trains on one instance: at start when no version serves, or a pending retraining. Another
     * instance's run is waited for (up to {@code maxWait}); a run whose instance died is taken over.
     */
    private void trainJob(boolean retrain, Duration maxWait) {
        try {
            leases.runIfNeeded(Job.TRAINING, maxWait, tx -> retrain ? retrainPending(tx) : pointer(tx).isEmpty(), lease -> {
                train(lease, retrain);
                return Boolean.TRUE;
            });
            if (!retrain && serving == null) {
                Optional<Pointer> pointer = servingPointer();
                if (pointer.isPresent()) {
                    adopt(pointer.get(), "trained by another instance");
                    ensureScores();
                }
            }
        } catch (JobBusyException e) {
            LOG.debug("Training: {}", e.getMessage());
        } catch (LeaseLostException e) {
            LOG.warn("Training stopped: {}; the instance that took it over trains", e.getMessage());
        } catch (IppTrainer.NotEnoughDataException e) {
            unavailable(e.getMessage(), null);
        } catch (RuntimeException e) {
            String id = java.util.UUID.randomUUID().toString();
            unavailable("The model could not be trained; quote id " + id + " to the operators", e);
        }
    }

    private static boolean retrainPending(TransactionContext tx) {
        List<Record> rows = tx.run(CypherStatements.query("scoring/store/state")).list();
        if (rows.isEmpty() || rows.getFirst().get("retrainRequestedAt").isNull()) {
            return false;
        }
        Record r = rows.getFirst();
        return r.get("retrainFinishedAt").isNull()
               || r.get("retrainFinishedAt").asZonedDateTime().isBefore(r.get("retrainRequestedAt").asZonedDateTime());
    }

    private void train(JobLease lease, boolean retrain) {
        Map<String, Object> startedParameters = new HashMap<>();
        startedParameters.put("instance", leases.instance());
        startedParameters.put("retrain", retrain);
        startedParameters.put("tookOverFrom", lease.tookOverFrom().orElse(null));
        // The run's first write: it waits here while another transaction holds the scoring state.
        long seed = write(tx -> {
            ModelStore.lock(tx);
            tx.run(CypherStatements.query("scoring/store/training-started"), startedParameters).consume();
            List<Record> state = tx.run(CypherStatements.query("scoring/store/state")).list();
            return retrain && !state.isEmpty() && !state.getFirst().get("retrainSeed").isNull() ? state.getFirst().get("retrainSeed").asLong()
                    : properties.seed();
        });
        lease.checkHeld();
        if (serving == null) {
            status = Status.TRAINING;
            problem = "The model is being trained on the current graph by " + leases.instance();
        }
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
                finishRetrain("FAILED", "Retraining failed: " + e.getMessage(), null, null, null);
            }
            throw e;
        } finally {
            deleteQuietly(work);
        }
    }

    private void trainInto(Path work, long seed, JobLease lease, boolean retrain) {
        long t0 = System.nanoTime();
        TrainingResult result = ModelTraining.train(driver, database, TrainingOptions.defaults().withSeed(seed), work, new TrainingProgress() {
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
        String version = models.version();
        double newAuc = result.card().prospectLike().auc().value();
        LOG.info("Trained the Ideal Partner Profile model {} in {} ms: prospect model held-out AUC {}{}", version,
                (System.nanoTime() - t0) / 1_000_000, String.format(Locale.ROOT, "%.3f", result.card().metrics().auc().value()),
                models.partnerModel().map(p -> String.format(Locale.ROOT, ", partner model %.3f", p.card().metrics().auc().value())).orElse(""));
        record Outcome(boolean replace, Double previousAuc, String previousVersion, String message) {
        }
        Outcome outcome = write(tx -> {
            ModelStore.lock(tx);
            lease.checkHeld();
            Optional<Pointer> before = pointer(tx);
            Double previousAuc = before.map(p -> servingAuc(p)).orElse(null);
            // Ranking prospects is the job: the prospect models are compared by their held-out AUC of partners seen as prospects.
            boolean replace = previousAuc == null || Double.isNaN(previousAuc) || newAuc >= previousAuc;
            store.store(tx, bundle, models.card(), ModelStore.Source.TRAINED, (retrain ? "retraining" : "training at start") + " (seed " + seed
                    + ")", leases.instance());
            String message = previousAuc == null
                    ? String.format(Locale.ROOT, "New model %s serves (held-out AUC of partners seen as prospects %.3f)", version, newAuc)
                    : String.format(Locale.ROOT, "%s: new model %s has a held-out AUC of partners seen as prospects of %.3f, the serving model %.3f",
                            replace ? "Replaced" : "Kept the serving model", version, newAuc, previousAuc);
            if (replace) {
                ModelStore.makeServing(tx, version, leases.instance(), message);
            }
            if (retrain) {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("state", replace ? "REPLACED" : "KEPT");
                parameters.put("message", message);
                parameters.put("newVersion", version);
                parameters.put("newAuc", newAuc);
                parameters.put("previousAuc", previousAuc);
                tx.run(CypherStatements.query("scoring/store/retrain-finished"), parameters).consume();
            }
            return new Outcome(replace, previousAuc, before.map(Pointer::version).orElse(null), message);
        });
        LOG.info("{}: {}", retrain ? "Retraining" : "Training", outcome.message());
        if (outcome.replace()) {
            servingPointer().ifPresent(p -> adopt(p, retrain ? "retrained here" : "trained here"));
            // The scores follow the new serving version: this instance rewrites them once for everyone.
            rescoreIfNeeded(LONG_WAIT, false);
        }
    }

    /** The serving prospect model's held-out AUC of partners seen as prospects, as its card records it (null when it cannot be read). */
    private Double servingAuc(Pointer pointer) {
        Serving current = serving;
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

    private void finishRetrain(String state, String message, String newVersion, Double newAuc, Double previousAuc) {
        try {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("state", state);
            parameters.put("message", message);
            parameters.put("newVersion", newVersion);
            parameters.put("newAuc", newAuc);
            parameters.put("previousAuc", previousAuc);
            write(tx -> tx.run(CypherStatements.query("scoring/store/retrain-finished"), parameters).consume());
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

    /** Where the latest retraining stands, as every instance sees it. */
    public RetrainStatus retrainStatus() {
        return read(tx -> {
            List<Record> rows = tx.run(CypherStatements.query("scoring/store/state")).list();
            if (rows.isEmpty() || rows.getFirst().get("retrainRequestedAt").isNull()) {
                return RetrainStatus.idle();
            }
            Record r = rows.getFirst();
            return new RetrainStatus(RetrainStatus.State.valueOf(r.get("retrainState").asString("RUNNING")), text(r.get("retrainStartedAt")),
                    text(r.get("retrainFinishedAt")), r.get("retrainMessage").asString(""), r.get("retrainNewVersion").asString(null),
                    r.get("retrainNewAuc").isNull() ? null : r.get("retrainNewAuc").asDouble(),
                    r.get("retrainPreviousAuc").isNull() ? null : r.get("retrainPreviousAuc").asDouble(), r.get("retrainRunBy").asString(null),
                    r.get("retrainTookOverFrom").asString(null));
        });
    }

    // ---- switching and importing ----------------------------------------------------------------

    /**
     * Makes a stored version the serving one for every instance, after checking it loads; the scores
     * follow in the background (one instance rewrites them).
     *
     * @throws ModelLoadException when there is no such version or it is refused (nothing changes)
     */
    public String serve(String version, String by) {
        ModelBundle bundle = store.read(version);
        loader.load(bundle, "the stored model " + version);
        Optional<String> previous = write(tx -> {
            ModelStore.lock(tx);
            return ModelStore.makeServing(tx, version, by, "serveModel by " + by);
        });
        LOG.info("Model {} serves from now on (set by {}; {} served before)", version, by, previous.orElse("none"));
        servingPointer().ifPresent(p -> adopt(p, "serveModel by " + by));
        submit(scorer, scorerTasks, () -> rescoreQuietly(LONG_WAIT));
        return version;
    }

    /**
     * Imports a model folder into the store and makes it serve for every instance, rescoring at once
     * (the bench command, tests). A refused folder changes nothing: whatever served keeps serving.
     *
     * @throws ModelLoadException when the folder is refused (checksums, card, schema, not a model)
     */
    public synchronized void load(Path modelDir) {
        ModelBundle bundle;
        ScoringModels models;
        try {
            bundle = ModelBundle.readDirectory(modelDir);
            models = loader.load(bundle, "the model folder " + modelDir);
        } catch (ModelLoadException e) {
            Serving current = serving;
            String message = "The model folder " + modelDir + " was refused: " + e.getMessage()
                             + (current == null ? "" : ". The previous version " + current.version() + " keeps serving");
            refusal = message;
            if (current == null) {
                unavailable(message, null);
            } else {
                LOG.warn(message);
            }
            events.record("importModel", message, true);
            throw e;
        }
        write(tx -> {
            ModelStore.lock(tx);
            store.store(tx, bundle, models.card(), ModelStore.Source.IMPORTED, modelDir.toString(), leases.instance());
            ModelStore.makeServing(tx, models.version(), leases.instance(), "imported from " + modelDir);
            return null;
        });
        adopt(new Pointer(models.version(), bundle.checksum()), "imported from " + modelDir);
        rescoreIfNeeded(LONG_WAIT, true);
    }

    /** Writes a stored version's files and checksum list into a folder (a model folder that ECOSYSTEM_MODEL_DIR imports). */
    public String exportVersion(String version, Path folder) {
        ModelBundle bundle = store.read(version);
        loader.load(bundle, "the stored model " + version);
        bundle.writeTo(folder);
        return bundle.checksum();
    }

    // ---- reads --------------------------------------------------------------------------------

    /** The former local model store, imported once into an empty model store. */
    public Path storeDir() {
        return storeDir;
    }

    /** The model store in the database. */
    public ModelStore store() {
        return store;
    }

    /** This instance's name (in leases, logs and the model status). */
    public String instance() {
        return leases.instance();
    }

    public Status status() {
        return status;
    }

    /** Why there are no scores, or (while a model serves) which stored version was refused; null when all is well. */
    public String problem() {
        String p = problem;
        return p != null ? p : refusal != null ? refusal : importRefusal;
    }

    /** The version this instance serves, if any. */
    public Optional<String> version() {
        Serving s = serving;
        return s == null ? Optional.empty() : Optional.of(s.version());
    }

    /** The card of the serving prospect model (with the partner model's nested), if any. */
    public Optional<ModelCard> card() {
        Serving s = serving;
        return s == null ? Optional.empty() : Optional.of(s.models.card());
    }

    /** The checksum of the version this instance serves (covers both model files and the card). */
    public Optional<String> checksum() {
        Serving s = serving;
        return s == null ? Optional.empty() : Optional.of(s.checksum);
    }

    /**
     * How far the prospects of the served scores are from the partners the serving prospect model
     * learned from, if a model serves.
     */
    public Optional<ShiftReport> shift() {
        Serving s = serving;
        return s == null || s.shift == null ? Optional.empty() : Optional.of(s.shift);
    }

    /** The model store as the status shows it: the serving version and the last scoring, read now. */
    public record StoreStatus(String servingVersion, String scoredVersion, String scoredBy, Instant scoredAt, long scoredRows, long rescoreRuns) {
    }

    public StoreStatus storeStatus() {
        return read(tx -> {
            Record r = tx.run(CypherStatements.query("scoring/store/poll"), Map.of("graceMillis", leases.ttl().toMillis())).single();
            return new StoreStatus(r.get("servingVersion").asString(null), r.get("scoredVersion").asString(null),
                    r.get("scoredBy").asString(null), ModelStore.instant(r.get("scoredAt")), r.get("scoredRows").asLong(0),
                    r.get("rescoreRuns").asLong());
        });
    }

    /** The training and rescoring leases: who runs them, since when, who ran them last. */
    public Map<Job, JobStatus> jobs() {
        Map<Job, JobStatus> jobs = new EnumMap<>(Job.class);
        for (JobStatus s : leases.status()) {
            Job job = Job.ofKey(s.job());
            if (job == Job.TRAINING || job == Job.RESCORING) {
                jobs.put(job, s);
            }
        }
        return jobs;
    }

    private Serving requireServing() {
        Serving s = serving;
        if (s == null) {
            throw new ModelUnavailableException(problem == null ? "No model is available" : problem);
        }
        return s;
    }

    /**
     * The potential of each id as stored (missing from the map: no such partner, or it appeared after
     * the last scoring).
     *
     * @throws ModelUnavailableException when no model serves, with the reason
     */
    public Map<String, PartnerPotential> potentials(Collection<String> ids) {
        Serving s = requireServing();
        Map<String, PartnerPotential> result = new LinkedHashMap<>();
        for (String id : ids) {
            ScoredPartner p = s.scores.get(id);
            if (p == null) {
                continue;
            }
            PartnerScore score = p.score();
            result.put(id, new PartnerPotential(id, score.score(), score.probability(), score.percentile(), p.version(), score.model(),
                    score.confidence(), score.note()));
        }
        return result;
    }

    /**
     * Why a partner has its score (computed once per served scores and partner, then cached).
     *
     * @throws ModelUnavailableException when no model serves
     */
    public Optional<Explanation> explanation(String id) {
        Serving s = requireServing();
        ScoredPartner scored = s.scores.get(id);
        if (scored == null) {
            return Optional.empty();
        }
        PartnerScore score = scored.score();
        if (score.confidence() == ScoreConfidence.INSUFFICIENT_DATA) {
            return Optional.of(s.explanations.computeIfAbsent(id, k -> new Explanation(id, score.probability(), "none", List.of(), List.of())));
        }
        Explaining explaining = s.explaining();
        PartnerFeatures row = explaining.rows().get(id);
        if (row == null) {
            return Optional.empty();
        }
        Explainer explainer = explaining.explainers().get(score.model());
        if (explainer == null) {
            explainer = explaining.explainers().get(FeatureSet.PROSPECT);
        }
        Explainer chosen = explainer;
        return Optional.of(s.explanations.computeIfAbsent(id, k -> chosen.explain(row)));
    }

    // ---- prospect ranking -------------------------------------------------------------------

    /** Every prospect matching the filter, ranked by the blend (highest first, then id). */
    public List<RankedProspect> prospectRanking(ProspectFilter filter, FitWeights weights) {
        Serving s = requireServing();
        FitWeights w = (weights == null ? FitWeights.DEFAULT : weights).normalised();
        List<Record> fit = read(tx -> tx.run(CypherStatements.query("scoring/prospect-fit"),
                Map.of("windowMonths", 12, "topRevenue", 100_000.0)).list());
        List<RankedProspect> ranked = new ArrayList<>();
        for (Record r : fit) {
            String id = r.get("id").asString();
            ScoredPartner scored = s.scores.get(id);
            if (scored == null || !matches(filter, scored)) {
                continue;
            }
            PartnerScore score = scored.score();
            double overlap = r.get("customerOverlap").asDouble();
            double coverage = r.get("segmentCoverage").asDouble();
            double proximity = r.get("referralProximity").asDouble();
            double blend = w.ipp() * score.probability() + w.customerOverlap() * overlap + w.segmentCoverage() * coverage
                           + w.referralProximity() * proximity;
            ranked.add(new RankedProspect(id, scored.name(), 0, blend, score.probability(), overlap, coverage, proximity,
                    r.get("hops").isNull() ? null : r.get("hops").asInt(), r.get("served").asLong(), w, scored.version(),
                    score.model(), score.confidence(), score.note()));
        }
        ranked.sort(Comparator.comparingDouble(RankedProspect::blend).reversed().thenComparing(RankedProspect::id));
        List<RankedProspect> numbered = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            numbered.add(ranked.get(i).withRank(i + 1));
        }
        return numbered;
    }

    private static boolean matches(ProspectFilter f, ScoredPartner p) {
        if (f == null) {
            return true;
        }
        if (f.minScore() != null && (f.minScore() < 0 || f.minScore() > 100)) {
            throw new BadRequestException("minScore must be between 0 and 100");
        }
        return (f.region() == null || f.region().equalsIgnoreCase(String.valueOf(p.region())))
               && (f.type() == null || f.type().equalsIgnoreCase(String.valueOf(p.type())))
               && (f.industry() == null || p.industries().stream().anyMatch(i -> i.equalsIgnoreCase(f.industry())))
               && (f.minScore() == null || p.score().score() >= f.minScore());
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private void unavailable(String message, Throwable cause) {
        if (serving == null) {
            status = Status.UNAVAILABLE;
            problem = message;
        }
        if (cause != null) {
            LOG.error(message, cause);
        } else {
            LOG.warn(message);
        }
    }

    private <T> T read(java.util.function.Function<TransactionContext, T> work) {
        try (Session session = store.session()) {
            return session.executeRead(work::apply, FeatureQuery.BATCH);
        }
    }

    private <T> T write(java.util.function.Function<TransactionContext, T> work) {
        try (Session session = store.session()) {
            return session.executeWrite(work::apply, FeatureQuery.BATCH);
        }
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant().toString();
    }

    /** Stops the background work; a lease still held expires and another instance takes its job over. */
    @Override
    public void close() {
        watcher.shutdownNow();
        trainer.shutdownNow();
        scorer.shutdownNow();
        if (ownLeases) {
            leases.close();
        }
    }
}
