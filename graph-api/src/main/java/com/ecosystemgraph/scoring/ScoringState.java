package com.ecosystemgraph.scoring;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.scoring.ScoringService.ScoredPartner;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import com.ecosystemgraph.scoring.serving.ScoreConfidence;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The scoring state in the database as the service reads and writes it: the serving pointer of the
 * model store, the stored scores with the state that numbers them, what the watcher polls, and the
 * retraining, training and rescoring marks (the {@code scoring/store/*} statements and their mapping).
 * The statements that must run inside a caller's transaction (beside the model store's lock or a
 * lease check) are static and take it.
 */
final class ScoringState {

    /** A serving version as the store points at it. */
    record Pointer(String version, String checksum) {
        String key() {
            return version + "@" + checksum;
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

    private final ModelStore store;
    /** A change not rescored within this long is overdue (the lease TTL: its instance may be dead). */
    private final Duration grace;

    ScoringState(ModelStore store, Duration grace) {
        this.store = store;
        this.grace = grace;
    }

    <T> T read(Function<TransactionContext, T> work) {
        try (Session session = store.session()) {
            return session.executeRead(work::apply, FeatureQuery.BATCH);
        }
    }

    <T> T write(Function<TransactionContext, T> work) {
        try (Session session = store.session()) {
            return session.executeWrite(work::apply, FeatureQuery.BATCH);
        }
    }

    // ---- the serving pointer ----------------------------------------------------------------

    Optional<Pointer> pointer() {
        return read(ScoringState::pointer);
    }

    static Optional<Pointer> pointer(TransactionContext tx) {
        Record r = tx.run(CypherStatements.query("scoring/store/serving-pointer")).single();
        return r.get("version").isNull()
                ? Optional.empty()
                : Optional.of(new Pointer(r.get("version").asString(), r.get("checksum").asString(null)));
    }

    static boolean storeIsEmpty(TransactionContext tx) {
        return tx.run(CypherStatements.query("scoring/store/count")).single().get("versions").asLong() == 0;
    }

    // ---- the stored scores ------------------------------------------------------------------

    /** Reads the stored scores with the state that numbers them (one read transaction). */
    StoredScores readStoredScores() {
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

    // ---- watching and status ----------------------------------------------------------------

    Poll poll() {
        return read(tx -> {
            Record r = pollRecord(tx);
            return new Poll(r.get("servingVersion").asString(null), r.get("servingChecksum").asString(null),
                    r.get("scoredVersion").asString(null), r.get("scoredBy").asString(null), ModelStore.instant(r.get("scoredAt")),
                    r.get("scoredRows").asLong(0), r.get("rescoreRuns").asLong(), r.get("changedSinceScoring").asBoolean(),
                    r.get("changeOverdue").asBoolean(), r.get("retrainPending").asBoolean(), r.get("trainingRunning").asBoolean(),
                    r.get("rescoringRunning").asBoolean());
        });
    }

    StoreStatus storeStatus() {
        return read(tx -> {
            Record r = pollRecord(tx);
            return new StoreStatus(r.get("servingVersion").asString(null), r.get("scoredVersion").asString(null),
                    r.get("scoredBy").asString(null), ModelStore.instant(r.get("scoredAt")), r.get("scoredRows").asLong(0),
                    r.get("rescoreRuns").asLong());
        });
    }

    private Record pollRecord(TransactionContext tx) {
        return tx.run(CypherStatements.query("scoring/store/poll"), Map.of("graceMillis", grace.toMillis())).single();
    }

    // ---- rescoring --------------------------------------------------------------------------

    /** Notes that the scores are behind the graph (the database's clock, after the change committed). */
    void markChanged() {
        write(tx -> tx.run(CypherStatements.query("scoring/store/mark-changed")).consume());
    }

    boolean rescoringNeeded(String version) {
        return read(tx -> rescoringNeeded(tx, version));
    }

    static boolean rescoringNeeded(TransactionContext tx, String version) {
        return tx.run(CypherStatements.query("scoring/store/rescoring-needed"), Map.of("version", version)).single().get("needed")
                .asBoolean();
    }

    /** The database's clock (a rescoring covers the changes up to it). */
    ZonedDateTime now() {
        return read(tx -> tx.run(CypherStatements.query("scoring/store/now")).single().get("now").asZonedDateTime());
    }

    /**
     * Records a finished rescoring (under the model store's lock).
     *
     * @return the rescoring's generation ({@code rescoreRuns})
     */
    long scoringFinished(ZonedDateTime from, String version, String instance, long rows, String shiftJson) {
        Map<String, Object> finished = new HashMap<>();
        finished.put("from", from);
        finished.put("version", version);
        finished.put("instance", instance);
        finished.put("rows", rows);
        finished.put("shift", shiftJson);
        return write(tx -> {
            ModelStore.lock(tx);
            return tx.run(CypherStatements.query("scoring/store/scoring-finished"), finished).single().get("rescoreRuns").asLong();
        });
    }

    // ---- training and retraining ------------------------------------------------------------

    /** Asks for a retraining; false when one is pending or running already. */
    boolean requestRetrain(String actor, String instance, long seed) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actor", actor);
        parameters.put("instance", instance);
        parameters.put("seed", seed);
        return write(
                tx -> tx.run(CypherStatements.query("scoring/store/retrain-request"), parameters).single().get("requested").asBoolean());
    }

    static boolean retrainPending(TransactionContext tx) {
        List<Record> rows = tx.run(CypherStatements.query("scoring/store/state")).list();
        if (rows.isEmpty() || rows.getFirst().get("retrainRequestedAt").isNull()) {
            return false;
        }
        Record r = rows.getFirst();
        return r.get("retrainFinishedAt").isNull()
                || r.get("retrainFinishedAt").asZonedDateTime().isBefore(r.get("retrainRequestedAt").asZonedDateTime());
    }

    /**
     * Records that a training run started (the run's first write: it waits here while another
     * transaction holds the scoring state).
     *
     * @return the seed to train with: the requested one for a retraining that asked for one, else {@code defaultSeed}
     */
    long trainingStarted(String instance, boolean retrain, String tookOverFrom, long defaultSeed) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("instance", instance);
        parameters.put("retrain", retrain);
        parameters.put("tookOverFrom", tookOverFrom);
        return write(tx -> {
            ModelStore.lock(tx);
            tx.run(CypherStatements.query("scoring/store/training-started"), parameters).consume();
            List<Record> state = tx.run(CypherStatements.query("scoring/store/state")).list();
            return retrain && !state.isEmpty() && !state.getFirst().get("retrainSeed").isNull()
                    ? state.getFirst().get("retrainSeed").asLong()
                    : defaultSeed;
        });
    }

    /** Records how the retraining ended, in the caller's transaction. */
    static void retrainFinished(TransactionContext tx, String state, String message, String newVersion, Double newAuc, Double previousAuc) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("state", state);
        parameters.put("message", message);
        parameters.put("newVersion", newVersion);
        parameters.put("newAuc", newAuc);
        parameters.put("previousAuc", previousAuc);
        tx.run(CypherStatements.query("scoring/store/retrain-finished"), parameters).consume();
    }

    /** Records how the retraining ended, in a transaction of its own. */
    void retrainFinished(String state, String message, String newVersion, Double newAuc, Double previousAuc) {
        write(tx -> {
            retrainFinished(tx, state, message, newVersion, newAuc, previousAuc);
            return null;
        });
    }

    /** Where the latest retraining stands, as every instance sees it. */
    RetrainStatus retrainStatus() {
        return read(tx -> {
            List<Record> rows = tx.run(CypherStatements.query("scoring/store/state")).list();
            if (rows.isEmpty() || rows.getFirst().get("retrainRequestedAt").isNull()) {
                return RetrainStatus.idle();
            }
            Record r = rows.getFirst();
            return new RetrainStatus(RetrainStatus.State.valueOf(r.get("retrainState").asString("RUNNING")),
                    text(r.get("retrainStartedAt")),
                    text(r.get("retrainFinishedAt")), r.get("retrainMessage").asString(""), r.get("retrainNewVersion").asString(null),
                    r.get("retrainNewAuc").isNull() ? null : r.get("retrainNewAuc").asDouble(),
                    r.get("retrainPreviousAuc").isNull() ? null : r.get("retrainPreviousAuc").asDouble(),
                    r.get("retrainRunBy").asString(null),
                    r.get("retrainTookOverFrom").asString(null));
        });
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant().toString();
    }
}
