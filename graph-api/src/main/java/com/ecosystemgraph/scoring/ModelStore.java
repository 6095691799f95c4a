package com.ecosystemgraph.scoring;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.model.ModelBundle;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import com.ecosystemgraph.scoring.model.ModelManifest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The model store in the database: one {@code IppModelVersion} node per trained (or imported)
 * model with its files as byte arrays, their checksum list and the model's checksum, exactly one
 * of them marked serving (docs/adr/0014-models-in-the-database.md). Every instance serves the
 * serving version; nothing here trusts the stored bytes: {@link #read} checks them against the
 * checksum they were stored with.
 */
public final class ModelStore {

    /** Where a stored version came from. */
    public enum Source {
        /** Trained by an instance of the service (at start, or a requested retraining). */
        TRAINED,
        /** Imported from a model folder ({@code ECOSYSTEM_MODEL_DIR}, or {@code load} by the bench command and tests). */
        IMPORTED,
        /** Taken over from the local model store of a version before models lived in the database. */
        MIGRATED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A stored version as listed (no files). */
    public record StoredVersion(String version, String checksum, long sizeBytes, String trainedAt, String trainer, Double prospectLikeAuc,
            String source, String sourceDetail, String storedBy, Instant storedAt, boolean serving,
            Instant servingSince, String servingSetBy, Instant servedUntil) {
    }

    /** What storing a bundle did. */
    public record Stored(String version, String checksum, boolean created) {
    }

    private final Driver driver;
    private final String database;

    public ModelStore(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Every stored version, newest first. */
    public List<StoredVersion> versions() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(CypherStatements.query("scoring/store/versions")).list(ModelStore::version));
        }
    }

    /** The version marked serving, if any. */
    public Optional<StoredVersion> serving() {
        return versions().stream().filter(StoredVersion::serving).findFirst();
    }

    /**
     * A stored version's files, checked against the checksum list and checksum it was stored with.
     *
     * @throws ModelLoadException when there is no such version, or its files were changed after it
     *     was stored (naming the file)
     */
    public ModelBundle read(String version) {
        Record r;
        try (Session session = session()) {
            r = session.executeRead(tx -> {
                var rows = tx.run(CypherStatements.query("scoring/store/read-version"), Map.of("version", version)).list();
                return rows.isEmpty() ? null : rows.getFirst();
            });
        }
        if (r == null) {
            throw new ModelLoadException("There is no stored model version '" + version + "'");
        }
        String where = "the stored model " + version;
        if (r.get("card").isNull() || r.get("prospectModel").isNull() || r.get("manifest").isNull() || r.get("checksum").isNull()) {
            throw new ModelLoadException(
                    capitalised(where) + " lacks its card, its prospect model or its checksums: it is incomplete and refused");
        }
        ModelManifest manifest = ModelManifest.parse(r.get("manifest").asString(), "the checksum list of " + where);
        if (!manifest.checksum().equals(r.get("checksum").asString())) {
            throw new ModelLoadException(
                    "The checksum list of " + where + " has SHA-256 " + manifest.checksum() + ", but the model's checksum is "
                            + r.get("checksum").asString() + ": the stored model was changed after it was stored and is refused");
        }
        ModelBundle bundle = new ModelBundle(r.get("card").asByteArray(), r.get("prospectModel").asByteArray(),
                r.get("partnerModel").isNull() ? null : r.get("partnerModel").asByteArray());
        bundle.verify(manifest, where, "its checksum list");
        return bundle;
    }

    /**
     * Stores a checked bundle as a new version (not serving). Storing a version that is already
     * stored with the same checksum changes nothing.
     *
     * @throws ModelLoadException when the bundle is larger than {@link ModelBundle#MAX_BYTES}, or
     *     another model is stored under its version
     */
    public Stored store(TransactionContext tx, ModelBundle bundle, ModelCard card, Source source, String detail, String instance) {
        if (bundle.size() > ModelBundle.MAX_BYTES) {
            throw new ModelLoadException(
                    "The model " + card.modelVersion() + " has " + bundle.size() + " bytes; the model store takes at most "
                            + ModelBundle.MAX_BYTES + " bytes per model (docs/adr/0014-models-in-the-database.md)");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("version", card.modelVersion());
        parameters.put("checksum", bundle.checksum());
        parameters.put("manifest", bundle.manifest().text());
        parameters.put("card", bundle.card());
        parameters.put("prospectModel", bundle.prospectModel());
        parameters.put("partnerModel", bundle.partnerModel());
        parameters.put("sizeBytes", bundle.size());
        parameters.put("trainedAt", card.trainedAt());
        parameters.put("trainer", card.trainer());
        parameters.put("prospectLikeAuc", card.prospectLike() == null || card.prospectLike().auc() == null
                ? null
                : card.prospectLike().auc().value());
        parameters.put("source", source.key());
        parameters.put("sourceDetail", detail);
        parameters.put("instance", instance);
        Record r = tx.run(CypherStatements.query("scoring/store/store-version"), parameters).single();
        String stored = r.get("checksum").asString();
        if (!stored.equals(bundle.checksum())) {
            throw new ModelLoadException(
                    "Another model is stored as version " + card.modelVersion() + " (checksum " + stored + ", this one "
                            + bundle.checksum() + "): the model is refused");
        }
        return new Stored(card.modelVersion(), stored, r.get("created").asBoolean());
    }

    /** Locks the scoring state for the rest of {@code tx} (storing, switching, finishing a rescoring). */
    public static void lock(TransactionContext tx) {
        tx.run(CypherStatements.query("scoring/store/lock-state")).consume();
    }

    /**
     * Makes a stored version the serving one (after {@link #lock} in the same transaction).
     *
     * @return the version that served before, if any
     */
    public static Optional<String> makeServing(TransactionContext tx, String version, String by, String reason) {
        var rows = tx.run(CypherStatements.query("scoring/store/make-serving"), Map.of("version", version, "by", by, "reason", reason))
                .list();
        if (rows.isEmpty()) {
            throw new ModelLoadException("There is no stored model version '" + version + "'");
        }
        Value previous = rows.getFirst().get("previous");
        return previous.isNull() ? Optional.empty() : Optional.of(previous.asString());
    }

    /** Whether any version is stored. */
    public boolean isEmpty() {
        return versions().isEmpty();
    }

    Session session() {
        return driver.session(FeatureQuery.sessionConfig(database));
    }

    private static StoredVersion version(Record r) {
        return new StoredVersion(r.get("version").asString(), r.get("checksum").asString(null), r.get("sizeBytes").asLong(0),
                r.get("trainedAt").asString(null), r.get("trainer").asString(null),
                r.get("prospectLikeAuc").isNull() ? null : r.get("prospectLikeAuc").asDouble(), r.get("source").asString(null),
                r.get("sourceDetail").asString(null), r.get("storedBy").asString(null), instant(r.get("storedAt")),
                r.get("serving").asBoolean(), instant(r.get("servingSince")), r.get("servingSetBy").asString(null),
                instant(r.get("servedUntil")));
    }

    static Instant instant(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
