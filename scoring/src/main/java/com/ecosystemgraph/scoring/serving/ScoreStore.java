package com.ecosystemgraph.scoring.serving;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Stores scores on the partner and prospect nodes ({@code ippProbability}, {@code ippScore},
 * {@code ippPercentile}, {@code ippScoredBy}, {@code ippConfidence}, {@code ippConfidenceNote},
 * {@code ippModelVersion}, {@code ippScoredAt}) in batches, and removes the scores of other model
 * versions. What is stored is what every service instance serves.
 */
public final class ScoreStore {

    private static final int BATCH = 5_000;

    private final Driver driver;
    private final String database;

    public ScoreStore(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Writes the scores; then removes scores left by any other model version. */
    public void write(String modelVersion, List<PartnerScore> scores, ZonedDateTime scoredAt) {
        try (Session session = driver.session(FeatureQuery.sessionConfig(database))) {
            for (int from = 0; from < scores.size(); from += BATCH) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (PartnerScore s : scores.subList(from, Math.min(scores.size(), from + BATCH))) {
                    Map<String, Object> row = new java.util.HashMap<>();
                    row.put("id", s.id());
                    row.put("probability", s.probability());
                    row.put("score", s.score());
                    row.put("percentile", s.percentile());
                    row.put("scoredBy", s.model().name());
                    row.put("confidence", s.confidence().name());
                    row.put("note", s.note());
                    batch.add(row);
                }
                session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query("scoring/write-scores"),
                        Map.of("scores", batch, "modelVersion", modelVersion, "scoredAt", scoredAt)).consume(), FeatureQuery.BATCH);
            }
            session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query("scoring/clear-scores"),
                    Map.of("keepVersion", modelVersion)).consume(), FeatureQuery.BATCH);
        }
    }
}
