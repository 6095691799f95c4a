package com.ecosystemgraph.scoring.features;

import com.ecosystemgraph.cypher.CypherStatements;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * Runs the one feature query against a graph: the raw features of every partner and prospect, in
 * id order. Training and serving both read features through this class.
 */
public final class FeatureQuery {

    private static final System.Logger LOG = System.getLogger(FeatureQuery.class.getName());

    /** Why the features cannot be read from a server without the Graph Data Science plugin (an external server may lack it). */
    public static final String NO_GDS = "The model's network features (the referral PageRank) need the Neo4j Graph Data Science plugin,"
            + " which the database server does not have: install it on the server (docs/operations.md, \"An external Neo4j server or cluster\")";

    private final Driver driver;
    private final String database;

    /**
     * Transactions of whole-graph batch work (features, labels, stored scores). The database's
     * default timeout is sized for API requests; a batch over every partner on a large or busy
     * graph may take longer, and must not fail the start-up training for it.
     */
    public static final TransactionConfig BATCH = TransactionConfig.builder().withTimeout(Duration.ofMinutes(15)).build();

    /** @param database the database name, or null/blank for the server's default */
    public FeatureQuery(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Features of every partner and prospect (an empty list for a graph without partners). */
    public List<PartnerFeatures> all() {
        // The GDS projection of the referral network needs a name no concurrent call uses.
        String graphName = "ipp-referrals-" + UUID.randomUUID();
        boolean gds = true;
        try (Session session = driver.session(sessionConfig(database))) {
            return session.executeRead(tx -> tx.run(CypherStatements.query("scoring/partner-features"),
                    Map.of("graphName", graphName)).list(PartnerFeatures::from), BATCH);
        } catch (ClientException e) {
            // "Unknown function 'gds.graph.project'", "There is no procedure with the name `gds.pageRank.stream` ..."
            if (String.valueOf(e.getMessage()).matches("(?s).*['`]gds\\..*")) {
                gds = false;
                throw new NetworkFeaturesUnavailableException(e);
            }
            throw e;
        } finally {
            if (gds) { // without the plugin there are no projections to drop, nor a procedure to list them
                dropProjections(graphName);
            }
        }
    }

    /**
     * Drops this call's projection should the query have failed before its own drop, and the leftovers of
     * calls cut off earlier (the GDS catalog does not roll back with a transaction). A projection older than
     * the batch timeout belongs to no live transaction.
     */
    private void dropProjections(String graphName) {
        try (Session session = driver.session(sessionConfig(database))) {
            session.executeRead(tx -> tx.run(CypherStatements.query("scoring/referral-projection-drop"),
                    Map.of("graphName", graphName, "olderThanSeconds", BATCH.timeout().toSeconds())).consume());
        } catch (RuntimeException e) {
            // best effort: the features are read (or their own failure is on its way up); a leftover is swept next time
            LOG.log(System.Logger.Level.WARNING, "Could not drop the referral projection " + graphName + ": " + e.getMessage());
        }
    }

    /** The snapshot date on the {@code (:Ecosystem {key:'default'})} node, if anything was imported. */
    public Optional<LocalDate> snapshotDate() {
        try (Session session = driver.session(sessionConfig(database))) {
            Value v = session.executeRead(tx -> tx.run(CypherStatements.query("ecosystem/snapshot-date")).single().get("snapshotDate"));
            return v.isNull() ? Optional.empty() : Optional.of(v.asLocalDate());
        }
    }

    /** A session config for the named database, or the default one when the name is blank. */
    public static SessionConfig sessionConfig(String database) {
        return database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
