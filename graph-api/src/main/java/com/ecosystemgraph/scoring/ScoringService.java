package com.ecosystemgraph.scoring;

import com.ecosystemgraph.availability.DatabaseReachableAgain;
import com.ecosystemgraph.availability.Unavailability;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.importing.EcosystemChanged;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.model.SerialFilter;
import com.ecosystemgraph.scoring.serving.BatchScorer;
import com.ecosystemgraph.scoring.serving.Explainer;
import com.ecosystemgraph.scoring.serving.Explanation;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import com.ecosystemgraph.scoring.serving.ScoreConfidence;
import com.ecosystemgraph.scoring.serving.ScoreStore;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import com.ecosystemgraph.training.IppTrainer;
import com.ecosystemgraph.training.ModelTraining;
import com.ecosystemgraph.training.TrainingOptions;
import com.ecosystemgraph.training.TrainingProgress;
import com.ecosystemgraph.training.TrainingResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.WebApplicationContext;

/**
 * Serves the Ideal Partner Profile models: the prospect model (pre-signing facts) for prospects and,
 * when the run kept one, the partner model for signed partners. After the application is ready (the
 * demo ecosystem, if any, is loaded by then) it loads the configured run, or the newest one the
 * service trained, or trains one on the current graph; then it scores every partner and prospect,
 * stores the scores on the nodes and measures how far today's prospects are from the partners the
 * prospect model learned from (each prospect score carries the resulting confidence). A model that is refused (checksum, feature schema) leaves the service running: scores
 * are then unavailable with the reason, everything else works.
 *
 * <p>All model work runs on one background thread, so a retraining never races a rescoring.
 */
@Service
public class ScoringService {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    /** Ways the model can be (un)available. */
    public enum Status { STARTING, TRAINING, READY, UNAVAILABLE }

    /**
     * What is being served: the models, an explainer per model, the rows they scored, their scores
     * and how far the prospects of those rows are from the partners the prospect model learned from.
     */
    record Serving(ScoringModels models, Map<FeatureSet, Explainer> explainers, Map<String, PartnerFeatures> rows,
                   Map<String, PartnerScore> scores, ShiftReport shift, Instant scoredAt) {
    }

    /** Filter of the prospect ranking. */
    public record ProspectFilter(String region, String type, String industry, Integer minScore) {
    }

    private final Driver driver;
    private final String database;
    private final ScoringProperties properties;
    private final Path storeDir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ipp-scoring");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Explanation> explanations = new ConcurrentHashMap<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicBoolean rescoreQueued = new AtomicBoolean();
    /** Work an outage of the database interrupted, started again when it ends ({@link #onDatabaseBack}). */
    private final AtomicBoolean startAfterOutage = new AtomicBoolean();
    private final AtomicBoolean rescoreAfterOutage = new AtomicBoolean();

    private volatile Serving serving;
    private volatile RescoreTiming lastRescore;
    private volatile Status status = Status.STARTING;
    private volatile String problem = "The model is loading";
    private volatile RetrainStatus retrain = RetrainStatus.idle();

    @Autowired
    public ScoringService(Driver driver, EcosystemProperties ecosystem, ScoringProperties properties) {
        this(driver, ecosystem.neo4j().database(), properties,
                properties.storeDir() != null ? properties.storeDir() : ecosystem.dataDir().resolve("models"));
    }

    /** For callers without Spring (tests, tools). */
    public ScoringService(Driver driver, String database, ScoringProperties properties, Path storeDir) {
        this.driver = driver;
        this.database = database;
        this.properties = properties;
        this.storeDir = storeDir;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady(ApplicationReadyEvent event) {
        // One-off jobs (import, train) run without a web server and score explicitly, when their
        // data is complete; only the service loads or trains in the background.
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            worker.submit(this::start);
        }
    }

    /**
     * After a committed mutation that can change features, rescores everything in the background.
     * Changes that arrive while one rescoring waits are folded into it; during a running one, they
     * queue exactly one more, so the scores always end on the latest graph.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onEcosystemChanged(EcosystemChanged change) {
        if (properties.rescoreOnChange() && change.affectsFeatures() && serving != null
                && rescoreQueued.compareAndSet(false, true)) {
            worker.submit(() -> {
                rescoreQueued.set(false);
                try {
                    rescore();
                } catch (RuntimeException e) {
                    if (Unavailability.is(e)) {
                        rescoreAfterOutage.set(true);
                        LOG.warn("Rescoring after a change stopped: the database cannot be reached; it runs again when the database is back");
                    } else {
                        LOG.warn("Rescoring after a change failed; the previous scores stay until the next change or start", e);
                    }
                }
            });
        }
    }

    /**
     * The database is back after an outage: the model's start, or a rescoring after a change, that the
     * outage stopped runs again by itself.
     */
    @EventListener
    void onDatabaseBack(DatabaseReachableAgain back) {
        if (startAfterOutage.getAndSet(false)) {
            LOG.info("The database is back: loading the model again");
            worker.submit(this::start);
        } else if (rescoreAfterOutage.getAndSet(false) && serving != null) {
            LOG.info("The database is back: rescoring after the changes made before the outage");
            worker.submit(() -> {
                try {
                    rescore();
                } catch (RuntimeException e) {
                    if (Unavailability.is(e)) {
                        rescoreAfterOutage.set(true);
                    } else {
                        LOG.warn("Rescoring after the outage failed; the previous scores stay until the next change or start", e);
                    }
                }
            });
        }
    }

    /** Waits until the background work submitted so far has ended (for tests and tools); true when it did in time. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /**
     * For the import command: scores everything with the configured or newest stored model,
     * without training one (the service trains at its next start when there is none).
     *
     * @return the version of the model that scored, empty when there is no model to use
     * @throws ModelLoadException when the configured model is refused
     */
    public synchronized Optional<String> scoreWithStoredModel() {
        SerialFilter.install();
        ModelLoader loader = new ModelLoader();
        Optional<ScoringModels> model = properties.modelDir() != null && !properties.modelDir().toString().isBlank()
                ? Optional.of(loader.loadDirectory(properties.modelDir()))
                : newestStored(loader);
        model.ifPresent(this::rescoreWith);
        return model.map(ScoringModels::version);
    }

    /** Loads or trains the model and scores everything (blocking; the service runs it in the background). */
    public void start() {
        try {
            SerialFilter.install();
            ScoringModels model = loadOrTrain();
            if (model != null) {
                rescoreWith(model);
            }
        } catch (RuntimeException e) {
            if (Unavailability.is(e)) {
                startAfterOutage.set(true);
                unavailable("The model waits for the database, which cannot be reached: it is loaded as soon as the database is back", null);
                return;
            }
            // Nothing internal (driver or GDS messages) reaches clients: they get an id to quote.
            String id = java.util.UUID.randomUUID().toString();
            unavailable("The model could not be prepared; quote id " + id + " to the operators", e);
        } finally {
            started.countDown();
        }
    }

    /** Waits until the start-up work ended (for tests and tools); true when it did in time. */
    public boolean awaitStarted(Duration timeout) throws InterruptedException {
        return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ScoringModels loadOrTrain() {
        ModelLoader loader = new ModelLoader();
        if (properties.modelDir() != null && !properties.modelDir().toString().isBlank()) {
            try {
                ScoringModels model = loader.loadDirectory(properties.modelDir());
                LOG.info("Serving the Ideal Partner Profile model {} from {}", model.version(), properties.modelDir());
                return model;
            } catch (ModelLoadException e) {
                unavailable("The configured model was refused: " + e.getMessage(), null);
                return null;
            }
        }
        Optional<ScoringModels> newest = newestStored(loader);
        if (newest.isPresent()) {
            return newest.get();
        }
        if (!properties.trainOnStart()) {
            unavailable("No model is configured (ecosystem.scoring.model-dir) and training at start is off", null);
            return null;
        }
        try {
            return trainInto(TrainingOptions.defaults().withSeed(properties.seed())).model();
        } catch (IppTrainer.NotEnoughDataException e) {
            unavailable(e.getMessage(), null);
            return null;
        }
    }

    /** The newest model the service trained earlier that still loads. */
    private Optional<ScoringModels> newestStored(ModelLoader loader) {
        if (!Files.isDirectory(storeDir)) {
            return Optional.empty();
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(storeDir)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve(ModelCard.FILE_NAME)))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            LOG.warn("Cannot list the model store {}: {}", storeDir, e.getMessage());
            return Optional.empty();
        }
        for (Path folder : folders) {
            try {
                ScoringModels model = loader.loadDirectory(folder);
                LOG.info("Serving the Ideal Partner Profile model {} from {}", model.version(), folder);
                return Optional.of(model);
            } catch (ModelLoadException e) {
                LOG.warn("Skipping the stored model {}: {}", folder, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Trains on the current graph into a new folder of the store, named after the model version. */
    private TrainingResult trainInto(TrainingOptions options) {
        status = serving == null ? Status.TRAINING : status;
        problem = serving == null ? "The model is being trained on the current graph" : problem;
        try {
            Files.createDirectories(storeDir);
            Path work = Files.createTempDirectory(storeDir, "training-");
            long t0 = System.nanoTime();
            TrainingResult result = ModelTraining.train(driver, database, options, work, new TrainingProgress() {
                @Override
                public void note(String message) {
                    LOG.info("Training: {}", message);
                }
            });
            Path target = storeDir.resolve(result.card().modelVersion());
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            ScoringModels model = new ModelLoader().loadDirectory(target);
            LOG.info("Trained the Ideal Partner Profile model {} in {} ms: prospect model held-out AUC {}{}", model.version(),
                    (System.nanoTime() - t0) / 1_000_000, String.format("%.3f", result.card().metrics().auc().value()),
                    model.partnerModel().map(p -> String.format(", partner model %.3f", p.card().metrics().auc().value())).orElse(""));
            return new TrainingResult(target, target.resolve(ModelTraining.MODEL_FILE), target.resolve(ModelCard.FILE_NAME),
                    result.card(), model, result.plots(), result.trained());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the model store " + storeDir, e);
        }
    }

    /**
     * Serves the model in {@code modelDir} from now on and rescores everything. A refused model
     * (checksum, feature schema, not a model) stops the scores, with the reason, rather than leaving
     * scores of another model in place: the operator asked for this one.
     *
     * @throws ModelLoadException when the model is refused
     */
    public synchronized void load(Path modelDir) {
        try {
            ScoringModels model = new ModelLoader().loadDirectory(modelDir);
            rescoreWith(model);
        } catch (ModelLoadException e) {
            serving = null;
            explanations.clear();
            unavailable("The model was refused: " + e.getMessage(), null);
            throw e;
        }
    }

    /** Re-reads the features and scores everything with the current model (e.g. after an import). */
    public void rescore() {
        Serving current = serving;
        if (current != null) {
            rescoreWith(current.models());
        }
    }

    private synchronized void rescoreWith(ScoringModels model) {
        long t0 = System.nanoTime();
        List<PartnerFeatures> rows = new FeatureQuery(driver, database).all();
        long t1 = System.nanoTime();
        BatchScorer.Batch batch = new BatchScorer(model).scoreWithShift(rows);
        List<PartnerScore> scores = batch.scores();
        long t2 = System.nanoTime();
        new ScoreStore(driver, database).write(model.version(), scores, ZonedDateTime.now(ZoneOffset.UTC));
        long t3 = System.nanoTime();
        Map<String, PartnerFeatures> byId = rows.stream().collect(Collectors.toMap(PartnerFeatures::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        Map<String, PartnerScore> scoreById = scores.stream().collect(Collectors.toMap(PartnerScore::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        Map<FeatureSet, Explainer> explainers = new java.util.EnumMap<>(FeatureSet.class);
        explainers.put(FeatureSet.PROSPECT, new Explainer(model.prospect(), rows, properties.seed()));
        model.partnerModel().ifPresent(p -> explainers.put(FeatureSet.PARTNER, new Explainer(p, rows, properties.seed())));
        serving = new Serving(model, Map.copyOf(explainers), byId, scoreById, batch.shift(), Instant.now());
        explanations.clear();
        status = Status.READY;
        problem = null;
        lastRescore = new RescoreTiming(rows.size(), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2),
                Duration.ofNanos(System.nanoTime() - t0));
        LOG.info("Scored {} partners and prospects with model {} in {} ms (features {} ms, model {} ms, storing {} ms)",
                rows.size(), model.version(), lastRescore.total().toMillis(), lastRescore.features().toMillis(),
                lastRescore.scoring().toMillis(), lastRescore.storing().toMillis());
        if (batch.shift().lowConfidence()) {
            LOG.warn("{}; every prospect score says so", batch.shift().lowConfidenceNote());
        }
    }

    /** How long the last rescoring took, by phase (for the bench command and the log). */
    public record RescoreTiming(int rows, Duration features, Duration scoring, Duration storing, Duration total) {
    }

    /** The timing of the last rescoring, if there was one. */
    public Optional<RescoreTiming> lastRescore() {
        return Optional.ofNullable(lastRescore);
    }

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

    // ---- reads ------------------------------------------------------------------------------

    /** Where the service writes the models it trains, one folder per version. */
    public Path storeDir() {
        return storeDir;
    }

    public Status status() {
        return status;
    }

    /** Why there are no scores, or null when there are. */
    public String problem() {
        return problem;
    }

    /** The card of the serving prospect model (with the partner model's nested), if any. */
    public Optional<ModelCard> card() {
        Serving s = serving;
        return s == null ? Optional.empty() : Optional.of(s.models().card());
    }

    /**
     * How far today's prospects (as of the last scoring) are from the partners the serving prospect
     * model learned from, if a model serves.
     */
    public Optional<ShiftReport> shift() {
        Serving s = serving;
        return s == null ? Optional.empty() : Optional.of(s.shift());
    }

    private Serving requireServing() {
        Serving s = serving;
        if (s == null) {
            throw new ModelUnavailableException(problem == null ? "No model is available" : problem);
        }
        return s;
    }

    /**
     * The potential of each id (missing from the map: no such partner, or it appeared after the last
     * scoring).
     *
     * @throws ModelUnavailableException when no model serves, with the reason
     */
    public Map<String, PartnerPotential> potentials(Collection<String> ids) {
        Serving s = requireServing();
        Map<String, PartnerPotential> result = new LinkedHashMap<>();
        for (String id : ids) {
            PartnerScore score = s.scores().get(id);
            PartnerFeatures row = s.rows().get(id);
            if (score == null || row == null) {
                continue;
            }
            result.put(id, new PartnerPotential(id, score.score(), score.probability(), score.percentile(), s.models().version(),
                    score.model(), score.confidence(), score.note()));
        }
        return result;
    }

    /**
     * Why a partner has its score (computed once per model and partner, then cached).
     *
     * @throws ModelUnavailableException when no model serves
     */
    public Optional<Explanation> explanation(String id) {
        Serving s = requireServing();
        PartnerFeatures row = s.rows().get(id);
        PartnerScore score = s.scores().get(id);
        if (row == null || score == null) {
            return Optional.empty();
        }
        return Optional.of(explanations.computeIfAbsent(id, k -> explain(s, row, score)));
    }

    /** A company known by its name only has no factors to give: its score is the base rate. */
    private static Explanation explain(Serving s, PartnerFeatures row, PartnerScore score) {
        if (score.confidence() == ScoreConfidence.INSUFFICIENT_DATA) {
            return new Explanation(row.id(), score.probability(), "none", List.of(), List.of());
        }
        return s.explainers().get(score.model()).explain(row);
    }

    // ---- prospect ranking -------------------------------------------------------------------

    /** Every prospect matching the filter, ranked by the blend (highest first, then id). */
    public List<RankedProspect> prospectRanking(ProspectFilter filter, FitWeights weights) {
        Serving s = requireServing();
        FitWeights w = (weights == null ? FitWeights.DEFAULT : weights).normalised();
        List<org.neo4j.driver.Record> fit;
        try (Session session = driver.session(FeatureQuery.sessionConfig(database))) {
            fit = session.executeRead(tx -> tx.run(CypherStatements.query("scoring/prospect-fit"),
                    Map.of("windowMonths", 12, "topRevenue", 100_000.0)).list());
        }
        List<RankedProspect> ranked = new ArrayList<>();
        for (org.neo4j.driver.Record r : fit) {
            String id = r.get("id").asString();
            PartnerFeatures row = s.rows().get(id);
            PartnerScore score = s.scores().get(id);
            if (row == null || score == null || !matches(filter, row, score)) {
                continue;
            }
            double overlap = r.get("customerOverlap").asDouble();
            double coverage = r.get("segmentCoverage").asDouble();
            double proximity = r.get("referralProximity").asDouble();
            double blend = w.ipp() * score.probability() + w.customerOverlap() * overlap + w.segmentCoverage() * coverage
                           + w.referralProximity() * proximity;
            ranked.add(new RankedProspect(id, row.name(), 0, blend, score.probability(), overlap, coverage, proximity,
                    r.get("hops").isNull() ? null : r.get("hops").asInt(), r.get("served").asLong(), w, s.models().version(),
                    score.model(), score.confidence(), score.note()));
        }
        ranked.sort(Comparator.comparingDouble(RankedProspect::blend).reversed().thenComparing(RankedProspect::id));
        List<RankedProspect> numbered = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            RankedProspect p = ranked.get(i);
            numbered.add(p.withRank(i + 1));
        }
        return numbered;
    }

    private static boolean matches(ProspectFilter f, PartnerFeatures row, PartnerScore score) {
        if (f == null) {
            return true;
        }
        if (f.minScore() != null && (f.minScore() < 0 || f.minScore() > 100)) {
            throw new BadRequestException("minScore must be between 0 and 100");
        }
        return (f.region() == null || f.region().equalsIgnoreCase(String.valueOf(row.region())))
               && (f.type() == null || f.type().equalsIgnoreCase(String.valueOf(row.type())))
               && (f.industry() == null || row.industries().stream().anyMatch(i -> i.equalsIgnoreCase(f.industry())))
               && (f.minScore() == null || score.score() >= f.minScore());
    }

    // ---- retraining -------------------------------------------------------------------------

    public RetrainStatus retrainStatus() {
        return retrain;
    }

    /**
     * Starts training new models in the background (unless a training runs already). They replace the
     * serving ones only if the new prospect model's AUC on its held-out partners seen as prospects is
     * at least the serving prospect model's, as its card records it. The serving model cannot be
     * judged on the new held-out partners: it was fitted on every partner labelled at its training,
     * those included, and would win on them.
     */
    public synchronized RetrainStatus retrain(Long seed) {
        if (retrain.state() == RetrainStatus.State.RUNNING) {
            return retrain;
        }
        String startedAt = Instant.now().toString();
        retrain = new RetrainStatus(RetrainStatus.State.RUNNING, startedAt, null, "Training on the current graph", null, null, null);
        long s = seed == null ? properties.seed() : seed;
        worker.submit(() -> runRetrain(startedAt, s));
        return retrain;
    }

    private void runRetrain(String startedAt, long seed) {
        try {
            Serving current = serving;
            TrainingResult result = trainInto(TrainingOptions.defaults().withSeed(seed));
            // Ranking prospects is the job: the prospect models are compared by their held-out AUC of partners seen as prospects.
            double newAuc = result.card().prospectLike().auc().value();
            Double previousAuc = current == null ? null : current.models().card().prospectLike().auc().value();
            boolean replace = previousAuc == null || Double.isNaN(previousAuc) || newAuc >= previousAuc;
            if (replace) {
                rescoreWith(result.model());
            }
            String message = previousAuc == null
                    ? String.format("New model %s serves (held-out AUC of partners seen as prospects %.3f)", result.card().modelVersion(), newAuc)
                    : String.format("%s: new model %s has a held-out AUC of partners seen as prospects of %.3f, the serving model %.3f",
                            replace ? "Replaced" : "Kept the serving model", result.card().modelVersion(), newAuc, previousAuc);
            retrain = new RetrainStatus(replace ? RetrainStatus.State.REPLACED : RetrainStatus.State.KEPT, startedAt,
                    Instant.now().toString(), message, result.card().modelVersion(), newAuc, previousAuc);
            LOG.info("Retraining: {}", message);
        } catch (RuntimeException e) {
            retrain = new RetrainStatus(RetrainStatus.State.FAILED, startedAt, Instant.now().toString(),
                    "Retraining failed: " + e.getMessage(), null, null, null);
            LOG.error("Retraining failed", e);
        }
    }
}
