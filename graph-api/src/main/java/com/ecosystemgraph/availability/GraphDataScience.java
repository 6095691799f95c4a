package com.ecosystemgraph.availability;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.cypher.CypherStatements;
import java.time.Duration;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether the database server has the Neo4j Graph Data Science plugin (GDS). The embedded database always
 * has it; an external server (docs/operations.md, "An external Neo4j server or cluster") may not. Without it the referral
 * structure and the model's network features cannot run: they are refused with a message that says so
 * ({@link #require}) instead of failing inside Neo4j as an internal error, and the ready line says so ({@code readiness/GdsReadyNote}).
 *
 * <p>Asked of the server ({@code analytics/gds-available}) on first use; a server without the plugin is asked
 * again at most every {@value #RECHECK_SECONDS} s, so installing it (and restarting the server) needs no restart
 * of the service. When the server cannot be asked (it is down) the answer is "available": the analysis then
 * fails the way any statement fails during an outage.
 */
@Component
public class GraphDataScience {

    private static final Logger LOG = LoggerFactory.getLogger(GraphDataScience.class);
    static final long RECHECK_SECONDS = 60;
    private static final String INSTALL = "install the Graph Data Science plugin on the Neo4j server (docs/operations.md, \"An external Neo4j server or cluster\")";

    private final Driver driver;
    private final String database;
    private volatile Boolean known;
    private volatile long checkedAt;

    @Autowired
    GraphDataScience(Driver driver, EcosystemProperties properties) {
        this(driver, properties.neo4j().database());
    }

    /** @param database the database name, or null/blank for the server's default */
    public GraphDataScience(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Whether the server has GDS (see the class comment for when it is asked again). */
    public boolean available() {
        Boolean answer = known;
        if (answer != null && (answer || System.nanoTime() - checkedAt < Duration.ofSeconds(RECHECK_SECONDS).toNanos())) {
            return answer;
        }
        return check();
    }

    /**
     * Refuses {@code what} when the server has no GDS.
     *
     * @param what what needs it, as the start of a sentence ("The referral structure")
     * @throws AnalysisUnavailableException saying so, and what the operators can do
     */
    public void require(String what) {
        if (!available()) {
            throw new AnalysisUnavailableException(
                    what + " needs the Neo4j Graph Data Science plugin, which the database server does not have;"
                            + " the operators can " + INSTALL + ".");
        }
    }

    private synchronized boolean check() {
        SessionConfig config = database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        boolean available;
        try (var session = driver.session(config)) {
            available = session.executeRead(tx -> tx.run(CypherStatements.query("analytics/gds-available")).single().get("available")
                    .asBoolean());
        } catch (RuntimeException e) {
            LOG.debug("Could not ask the database whether it has Graph Data Science: {}", e.getMessage());
            return true;
        }
        if (!available && !Boolean.FALSE.equals(known)) {
            LOG.warn("The database server has no Graph Data Science plugin: the referral structure and the model's network features"
                    + " (training, scores) are refused until it has; {}", INSTALL);
        } else if (available && Boolean.FALSE.equals(known)) {
            LOG.info("The database server has the Graph Data Science plugin now");
        }
        known = available;
        checkedAt = System.nanoTime();
        return available;
    }
}
