package com.ecosystemgraph.scoring;

import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.availability.DatabaseReachableAgain;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.importing.EcosystemChanged;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobLeases;
import com.ecosystemgraph.jobs.JobStatus;
import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.SerialFilter;
import com.ecosystemgraph.scoring.serving.Explanation;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
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
 *
 * <p>This class is the facade that controllers, the warm-up, the command line and tests call; the
 * work is done by package-private collaborators: {@link ModelStart} (start), {@link ModelLifecycle}
 * (the served model and status), {@link StoreWatch} (watching), {@link Rescoring}, {@link TrainingRuns},
 * {@link ModelImports} (folders in and out), {@link ScoringState} (the scoring state's statements),
 * {@link ProspectRanking} and {@link BackgroundWork} (threads); {@link ModelEvents} writes the
 * model events into the audit trail.
 */
@Service
public class ScoringService implements AutoCloseable {

    /** How long a job waits for another instance's run of it (training at 100x takes minutes on a busy machine). */
    private static final Duration LONG_WAIT = Duration.ofHours(2);

    /** Ways the model can be (un)available. */
    public enum Status {
        STARTING, TRAINING, READY, UNAVAILABLE
    }

    /** A stored score with what the prospect ranking filters on. */
    public record ScoredPartner(String id, String name, String status, String region, String type, List<String> industries,
            String version, PartnerScore score) {
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
    private final ScoringState state;
    private final ModelLifecycle model;
    private final Rescoring rescoring;
    private final TrainingRuns training;
    private final ModelImports imports;
    private final StoreWatch watch;
    private final ModelStart start;
    private final JobLeases leases;
    private final boolean ownLeases;
    private final ModelEvents events;
    private final ModelLoader loader = new ModelLoader();
    private final BackgroundWork work = new BackgroundWork();

    @Autowired
    public ScoringService(Driver driver, EcosystemProperties ecosystem, ScoringProperties properties, JobLeases leases, AuditTrail audit) {
        this(driver, ecosystem.neo4j().database(), properties,
                properties.storeDir() != null ? properties.storeDir() : ecosystem.dataDir().resolve("models"), leases, false,
                ModelEvents.auditing(audit, leases.instance()));
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
        this.state = new ScoringState(store, leases.ttl());
        this.model = new ModelLifecycle(store, loader, state, events, this::features, properties.seed());
        this.rescoring = new Rescoring(driver, database, state, leases, model, work, properties.rescoreOnChange(), LONG_WAIT);
        this.imports = new ModelImports(storeDir, store, state, leases, loader, events, LONG_WAIT);
        this.training = new TrainingRuns(driver, database, properties, store, state, leases, loader, model, rescoring, LONG_WAIT);
        this.watch = new StoreWatch(state, model, properties, rescoring, training, work);
        this.start = new ModelStart(properties, state, model, imports, rescoring, training, work, LONG_WAIT);
        this.leases = leases;
        this.ownLeases = ownLeases;
        this.events = events;
    }

    // ---- start ------------------------------------------------------------------------------

    /**
     * The start-up warm-up step of the service (blocking; readiness waits for it): prepares the model
     * store, loads the serving version and its stored scores (rescoring only when they are not
     * current), starts training in the background when no model is stored, and starts watching the
     * store.
     */
    public void warmUp() {
        start.warmUp(() -> work.watch(watch, properties.pollInterval()));
    }

    /** Prepares and, with no model stored, trains one (blocking; for tests and tools). */
    public void start() {
        start.start();
    }

    /** Waits until the start-up work (a start-up training included) ended; true when it did in time. */
    public boolean awaitStarted(Duration timeout) throws InterruptedException {
        return start.awaitStarted(timeout);
    }

    /**
     * The database is back after an outage: a start the outage stopped runs again by itself, and the
     * store is checked at once (a rescoring or training the outage stopped is taken up by that check,
     * from the scoring state and the leases in the database).
     */
    @EventListener
    void onDatabaseBack(DatabaseReachableAgain back) {
        if (!start.restartAfterOutage()) {
            work.checkNow(watch);
        }
    }

    // ---- rescoring ----------------------------------------------------------------------------

    /**
     * After a committed mutation that can change features, this instance rescores everything once
     * for every instance (the rescoring lease). Changes that arrive while a rescoring waits are folded
     * into it; during a running one they queue exactly one more, so the scores end on the latest graph.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onEcosystemChanged(EcosystemChanged change) {
        if (change.affectsFeatures()) {
            rescoring.afterChange();
        }
    }

    /** Re-reads the features and rewrites every score with the serving model (e.g. after an import). */
    public void rescore() {
        rescoring.rescoreIfNeeded(LONG_WAIT, true);
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
        Optional<Pointer> pointer = state.pointer();
        if (pointer.isEmpty()) {
            return Optional.empty();
        }
        if (!model.adopt(pointer.get(), "import")) {
            throw new ModelLoadException(model.refusal());
        }
        return rescoring.rescoreIfNeeded(LONG_WAIT, true);
    }

    /** Waits until the background work submitted so far has ended (for tests and tools); true when it did in time. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return work.awaitIdle(timeout);
    }

    /** The timing of the last rescoring on this instance, if there was one. */
    public Optional<RescoreTiming> lastRescore() {
        return rescoring.lastRescore();
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
        boolean requested = state.requestRetrain(actor, leases.instance(), s);
        if (requested) {
            work.train(() -> training.trainJob(true, LONG_WAIT));
        }
        return retrainStatus();
    }

    /** {@link #retrain(Long, String)} asked by a tool. */
    public RetrainStatus retrain(Long seed) {
        return retrain(seed, "tool");
    }

    /** Where the latest retraining stands, as every instance sees it. */
    public RetrainStatus retrainStatus() {
        return state.retrainStatus();
    }

    // ---- switching and importing ----------------------------------------------------------------

    /**
     * Makes a stored version the serving one for every instance, after checking it loads; the scores
     * follow in the background (one instance rewrites them).
     *
     * @throws ModelLoadException when there is no such version or it is refused (nothing changes)
     */
    public String serve(String version, String by) {
        model.serve(version, by);
        work.score(() -> rescoring.rescoreQuietly(LONG_WAIT));
        return version;
    }

    /**
     * Imports a model folder into the store and makes it serve for every instance, rescoring at once
     * (the bench command, tests). A refused folder changes nothing: whatever served keeps serving.
     *
     * @throws ModelLoadException when the folder is refused (checksums, card, schema, not a model)
     */
    public synchronized void load(Path modelDir) {
        ModelImports.Folder folder;
        try {
            folder = imports.read(modelDir);
        } catch (ModelLoadException e) {
            model.folderRefused(modelDir, e);
            throw e;
        }
        model.adopt(imports.storeServing(folder, modelDir), "imported from " + modelDir);
        rescoring.rescoreIfNeeded(LONG_WAIT, true);
    }

    /** Writes a stored version's files and checksum list into a folder (a model folder that ECOSYSTEM_MODEL_DIR imports). */
    public String exportVersion(String version, Path folder) {
        return imports.exportVersion(version, folder);
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
        return model.status();
    }

    /** Why there are no scores, or (while a model serves) which stored version was refused; null when all is well. */
    public String problem() {
        return model.problem();
    }

    /** The version this instance serves, if any. */
    public Optional<String> version() {
        return Optional.ofNullable(model.serving()).map(ServedModel::version);
    }

    /** The card of the serving prospect model (with the partner model's nested), if any. */
    public Optional<ModelCard> card() {
        return Optional.ofNullable(model.serving()).map(s -> s.models.card());
    }

    /** The checksum of the version this instance serves (covers both model files and the card). */
    public Optional<String> checksum() {
        return Optional.ofNullable(model.serving()).map(s -> s.checksum);
    }

    /**
     * How far the prospects of the served scores are from the partners the serving prospect model
     * learned from, if a model serves.
     */
    public Optional<ShiftReport> shift() {
        return Optional.ofNullable(model.serving()).map(s -> s.shift);
    }

    /** The model store as the status shows it: the serving version and the last scoring, read now. */
    public StoreStatus storeStatus() {
        return state.storeStatus();
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

    /** Every partner's and prospect's features, read now (one feature query). */
    private List<PartnerFeatures> features() {
        return new FeatureQuery(driver, database).all();
    }

    /**
     * The potential of each id as stored (missing from the map: no such partner, or it appeared after
     * the last scoring).
     *
     * @throws ModelUnavailableException when no model serves, with the reason
     */
    public Map<String, PartnerPotential> potentials(Collection<String> ids) {
        return model.requireServing().potentials(ids);
    }

    /**
     * Why a partner has its score (computed once per served scores and partner, then cached).
     *
     * @throws ModelUnavailableException when no model serves
     */
    public Optional<Explanation> explanation(String id) {
        return model.requireServing().explanation(id);
    }

    // ---- prospect ranking -------------------------------------------------------------------

    /** Every prospect matching the filter, ranked by the blend (highest first, then id). */
    public List<RankedProspect> prospectRanking(ProspectFilter filter, FitWeights weights) {
        ServedModel s = model.requireServing();
        return ProspectRanking.rank(s.scores, ProspectRanking.readFit(state), filter, weights);
    }

    // ---- plumbing -----------------------------------------------------------------------------

    /** Stops the background work; a lease still held expires and another instance takes its job over. */
    @Override
    public void close() {
        work.close();
        if (ownLeases) {
            leases.close();
        }
    }
}
