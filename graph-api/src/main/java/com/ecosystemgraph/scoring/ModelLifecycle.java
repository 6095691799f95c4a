package com.ecosystemgraph.scoring;

import com.ecosystemgraph.scoring.ScoringService.ScoredPartner;
import com.ecosystemgraph.scoring.ScoringService.Status;
import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.ScoringState.StoredScores;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ModelBundle;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model this instance serves and its status: which stored version serves here (adopting one
 * reads its files, checks them against their checksum and loads them with the stored scores), which
 * version was refused and why, and what the status and problem say while none serves. Every change of
 * the served model is synchronized here, so the watcher, the jobs and the callers see one model at a
 * time. Logs as {@link ScoringService}, whose state this is.
 */
final class ModelLifecycle implements ServingHost {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    private final ModelStore store;
    private final ModelLoader loader;
    private final ScoringState state;
    private final ModelEvents events;
    /** Reads the features of every partner and prospect (for explanations). */
    private final Supplier<List<PartnerFeatures>> features;
    private final long seed;

    private volatile ServedModel serving;
    private volatile Status status = Status.STARTING;
    private volatile String problem = "The model is loading";
    /** The stored version (with its checksum) this instance refused, so the watcher does not refuse it every poll. */
    private volatile String refusedKey;
    private volatile String refusal;
    /** Why the model folder of ECOSYSTEM_MODEL_DIR was refused at start (shown while another version serves). */
    private volatile String importRefusal;

    ModelLifecycle(ModelStore store, ModelLoader loader, ScoringState state, ModelEvents events, Supplier<List<PartnerFeatures>> features,
            long seed) {
        this.store = store;
        this.loader = loader;
        this.state = state;
        this.events = events;
        this.features = features;
        this.seed = seed;
    }

    @Override
    public ServedModel serving() {
        return serving;
    }

    /** The served model, or a {@link ModelUnavailableException} with the reason none serves. */
    ServedModel requireServing() {
        ServedModel s = serving;
        if (s == null) {
            throw new ModelUnavailableException(problem == null ? "No model is available" : problem);
        }
        return s;
    }

    Status status() {
        return status;
    }

    /** Why there are no scores, or (while a model serves) which stored version was refused; null when all is well. */
    String problem() {
        String p = problem;
        return p != null ? p : refusal != null ? refusal : importRefusal;
    }

    /** Why the last stored version or folder was refused here, null when none was. */
    String refusal() {
        return refusal;
    }

    /** True when this instance refused that version with that checksum already. */
    boolean isRefused(Pointer pointer) {
        return pointer.key().equals(refusedKey);
    }

    @Override
    public boolean adoptUnlessRefused(Pointer pointer, String why) {
        return !isRefused(pointer) && adopt(pointer, why);
    }

    /**
     * Serves the stored version {@code pointer} here from now on: reads its files, checks them
     * against their checksum and loads the models, with the stored scores. A refused version is
     * logged and audited once, and whatever served before keeps serving.
     *
     * @return true when the version serves here now
     */
    @Override
    public synchronized boolean adopt(Pointer pointer, String why) {
        ServedModel current = serving;
        if (current != null && current.is(pointer.version(), pointer.checksum())) {
            return true;
        }
        ScoringModels models;
        try {
            ModelBundle bundle = store.read(pointer.version());
            if (!bundle.checksum().equals(pointer.checksum())) {
                throw new ModelLoadException(
                        "The stored model " + pointer.version() + " changed while it was read; it is read again at the next check");
            }
            models = loader.load(bundle, "the stored model " + pointer.version());
        } catch (ModelLoadException e) {
            refuse(pointer, e.getMessage());
            return false;
        }
        ServedModel next = new ServedModel(models, pointer.checksum(), Map.of(), null, -1, null, features, seed);
        StoredScores stored = state.readStoredScores();
        serving = next.withScores(stored);
        refusedKey = null;
        refusal = null;
        status = Status.READY;
        problem = null;
        if (current == null) {
            LOG.info("Serving the Ideal Partner Profile model {} from the model store ({})", models.version(), why);
        } else {
            LOG.info("Serving the Ideal Partner Profile model {} from the model store, instead of {} ({})", models.version(),
                    current.version(), why);
        }
        return true;
    }

    private void refuse(Pointer pointer, String reason) {
        String key = pointer.key();
        if (key.equals(refusedKey)) {
            return;
        }
        refusedKey = key;
        ServedModel current = serving;
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

    /**
     * Makes a stored version the serving one for every instance, after checking it loads, and adopts it here (the
     * scores follow, rewritten by the caller's rescoring).
     *
     * @throws ModelLoadException when there is no such version or it is refused (nothing changes)
     */
    void serve(String version, String by) {
        ModelBundle bundle = store.read(version);
        loader.load(bundle, "the stored model " + version);
        Optional<String> previous = state.write(tx -> {
            ModelStore.lock(tx);
            return ModelStore.makeServing(tx, version, by, "serveModel by " + by);
        });
        LOG.info("Model {} serves from now on (set by {}; {} served before)", version, by, previous.orElse("none"));
        state.pointer().ifPresent(p -> adopt(p, "serveModel by " + by));
    }

    /** A model folder given to load was refused: logged and audited; whatever served keeps serving. */
    void folderRefused(Path modelDir, ModelLoadException e) {
        ServedModel current = serving;
        String message = "The model folder " + modelDir + " was refused: " + e.getMessage()
                + (current == null ? "" : ". The previous version " + current.version() + " keeps serving");
        refusal = message;
        if (current == null) {
            unavailable(message, null);
        } else {
            LOG.warn(message);
        }
        events.record("importModel", message, true);
    }

    /** The model folder of ECOSYSTEM_MODEL_DIR was refused at start (logged and audited by the import). */
    void importRefused(String message) {
        importRefusal = message;
        problem = message;
    }

    String importRefusal() {
        return importRefusal;
    }

    /** The store holds no serving version any more (it was emptied under a running service): nothing serves here. */
    void storeEmptied() {
        ServedModel current = serving;
        if (current != null) {
            LOG.warn("The model store holds no serving model any more; model {} stops serving here", current.version());
            serving = null;
        }
    }

    @Override
    public synchronized void refreshScores() {
        ServedModel current = serving;
        if (current == null) {
            return;
        }
        StoredScores stored = state.readStoredScores();
        if (stored.generation() > current.generation) {
            serving = current.withScores(stored);
        }
    }

    @Override
    public synchronized void rescored(ScoringModels model, Map<String, ScoredPartner> scores, ShiftReport shift, long generation,
            List<PartnerFeatures> rows) {
        ServedModel current = serving;
        String checksum = current != null && current.version().equals(model.version())
                ? current.checksum
                : state.pointer()
                        .filter(p -> p.version().equals(model.version())).map(Pointer::checksum).orElse("");
        if (current == null || generation > current.generation || !current.version().equals(model.version())) {
            serving = new ServedModel(model, checksum, scores, shift, generation, ServedModel.explain(model, rows, seed), features, seed);
        }
        status = Status.READY;
        problem = null;
    }

    /** A training at start begins (no model is stored). */
    void trainingAtStart() {
        problem = "The model is being trained on the current graph";
        status = Status.TRAINING;
    }

    @Override
    public void training(String why) {
        if (serving == null) {
            status = Status.TRAINING;
            problem = why;
        }
    }

    @Override
    public void unavailable(String message, Throwable cause) {
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
}
