package com.ecosystemgraph.scoring;

import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobLeases;
import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.model.ModelBundle;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.ModelManifest;
import com.ecosystemgraph.scoring.model.ScoringModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Models that come into the model store from folders, and go out to one: the former local model
 * store (once, into an empty store), {@code ECOSYSTEM_MODEL_DIR} at start, a folder loaded by the
 * bench command and tests, and the export of a stored version. Every folder is checked (checksums,
 * card, schema) before anything is written. Logs as {@link ScoringService}, whose work this is.
 */
final class ModelImports {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringService.class);

    /** A model folder that loads. */
    record Folder(ModelBundle bundle, ScoringModels models) {
    }

    private final Path storeDir;
    private final ModelStore store;
    private final ScoringState state;
    private final JobLeases leases;
    private final ModelLoader loader;
    private final ModelEvents events;
    private final Duration longWait;

    ModelImports(Path storeDir, ModelStore store, ScoringState state, JobLeases leases, ModelLoader loader, ModelEvents events,
            Duration longWait) {
        this.storeDir = storeDir;
        this.store = store;
        this.state = state;
        this.leases = leases;
        this.loader = loader;
        this.events = events;
        this.longWait = longWait;
    }

    /**
     * Versions before this one kept trained models in a local folder ({@code <data dir>/models}). On
     * the first start with an empty model store, its newest model that loads is imported and serves:
     * the scores users saw stay what they were, and no training is needed. Its card had no checksum
     * then; it is taken as written by the service on this machine, and carries one from now on.
     */
    void migrateLocalStore() {
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
        Optional<String> imported = leases.runIfNeeded(Job.TRAINING, longWait, ScoringState::storeIsEmpty, lease -> migrateNewest(folders));
        if (imported.isEmpty()) {
            LOG.info("Models live in the database; the former local model store {} is not read any more", storeDir);
        }
    }

    /** Imports the newest of {@code folders} that loads, and makes it serve; null when none loads. */
    private String migrateNewest(List<Path> folders) {
        for (Path folder : folders) {
            try {
                ModelBundle bundle = Files.isRegularFile(folder.resolve(ModelManifest.FILE_NAME))
                        ? ModelBundle.readDirectory(folder)
                        : ModelBundle.readUnlistedDirectory(folder);
                ScoringModels models = loader.load(bundle, "the former local model " + folder);
                state.write(tx -> {
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
        LOG.warn("Model store: no model of the former local store {} loads; a model is trained instead (ECOSYSTEM_TRAIN_ON_START)",
                storeDir);
        return null;
    }

    /**
     * {@code ECOSYSTEM_MODEL_DIR}: the folder's model goes into the store (checked against its
     * checksums first). It serves when no version serves yet; otherwise the stored serving version
     * wins, so instances started with different settings still serve one model, and the log says why.
     *
     * @return why the folder was refused (logged and audited), empty when it was imported or none is set
     */
    Optional<String> importConfiguredModel(Path dir) {
        if (dir == null || dir.toString().isBlank()) {
            return Optional.empty();
        }
        Folder folder;
        try {
            folder = read(dir);
        } catch (ModelLoadException e) {
            String message = "The model in ECOSYSTEM_MODEL_DIR=" + dir + " was refused and not imported: " + e.getMessage();
            LOG.warn(message);
            events.record("importModel", message, true);
            return Optional.of(message);
        }
        record Imported(ModelStore.Stored stored, Optional<Pointer> before) {
        }
        Imported imported = state.write(tx -> {
            ModelStore.lock(tx);
            Optional<Pointer> before = ScoringState.pointer(tx);
            ModelStore.Stored stored = store.store(tx, folder.bundle(), folder.models().card(), ModelStore.Source.IMPORTED, dir.toString(),
                    leases.instance());
            if (before.isEmpty()) {
                ModelStore.makeServing(tx, stored.version(), leases.instance(), "ECOSYSTEM_MODEL_DIR=" + dir + " with no model serving");
            }
            return new Imported(stored, before);
        });
        String version = folder.models().version();
        if (imported.stored().created()) {
            events.record("importModel", "imported model " + version + " (checksum " + folder.bundle().checksum()
                    + ") from ECOSYSTEM_MODEL_DIR="
                    + dir
                    + (imported.before().isEmpty() ? "; it serves" : "; not serving: " + imported.before().get().version() + " serves"),
                    false);
        }
        if (imported.before().isEmpty()) {
            LOG.info("Model store: imported model {} from ECOSYSTEM_MODEL_DIR={}; it serves (no model served before)", version, dir);
        } else if (imported.before().get().version().equals(version)) {
            LOG.info("Model store: ECOSYSTEM_MODEL_DIR={} holds model {}, which serves already", dir, version);
        } else {
            LOG.warn(
                    "Model store: ECOSYSTEM_MODEL_DIR={} holds model {}, but the stored serving version {} wins: every instance serves the "
                            + "model store's serving version, so instances started with different model settings still serve one model. {} {} in the "
                            + "store; to serve it everywhere, use the serveModel mutation",
                    dir, version,
                    imported.before().get().version(), version, imported.stored().created() ? "is now" : "was already");
        }
        return Optional.empty();
    }

    /**
     * Reads and checks a model folder (nothing is written).
     *
     * @throws ModelLoadException when the folder is refused (checksums, card, schema, not a model)
     */
    Folder read(Path modelDir) {
        ModelBundle bundle = ModelBundle.readDirectory(modelDir);
        return new Folder(bundle, loader.load(bundle, "the model folder " + modelDir));
    }

    /** Stores a checked folder's model and makes it the serving version for every instance. */
    Pointer storeServing(Folder folder, Path modelDir) {
        state.write(tx -> {
            ModelStore.lock(tx);
            store.store(tx, folder.bundle(), folder.models().card(), ModelStore.Source.IMPORTED, modelDir.toString(), leases.instance());
            ModelStore.makeServing(tx, folder.models().version(), leases.instance(), "imported from " + modelDir);
            return null;
        });
        return new Pointer(folder.models().version(), folder.bundle().checksum());
    }

    /** Writes a stored version's files and checksum list into a folder (a model folder that ECOSYSTEM_MODEL_DIR imports). */
    String exportVersion(String version, Path folder) {
        ModelBundle bundle = store.read(version);
        loader.load(bundle, "the stored model " + version);
        bundle.writeTo(folder);
        return bundle.checksum();
    }
}
