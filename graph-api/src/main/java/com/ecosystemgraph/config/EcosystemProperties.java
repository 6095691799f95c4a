package com.ecosystemgraph.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the service. The environment variables named in the README are mapped onto
 * these properties in {@code application.yaml}; defaults are for a laptop with the embedded
 * database.
 *
 * @param dataDir where the embedded database keeps its store ({@code ECOSYSTEM_DATA_DIR})
 * @param neo4j the external database, if any
 * @param embedded settings of the embedded database
 * @param demo the demo ecosystem loaded into an empty database
 * @param importing the CSV import
 */
@ConfigurationProperties("ecosystem")
public record EcosystemProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Embedded embedded,
        @DefaultValue Demo demo,
        @DefaultValue Importing importing) {

    /**
     * An external Neo4j server or cluster. With no {@code uri} the embedded database starts.
     *
     * @param uri e.g. {@code neo4j://cluster.example:7687} ({@code NEO4J_URI})
     * @param username {@code NEO4J_USERNAME}
     * @param password {@code NEO4J_PASSWORD}
     * @param database {@code NEO4J_DATABASE}; empty means the server's default database
     * @param transactionTimeout longest a single transaction of a request may run ({@code ECOSYSTEM_TX_TIMEOUT})
     * @param maxConnectionPoolSize driver connection pool size
     * @param jobTransactionTimeout longest a transaction of a job may run: schema migrations, import
     *     batches, rollup rebuilds ({@code ECOSYSTEM_JOB_TX_TIMEOUT}); these are not user requests
     */
    public record Neo4j(
            String uri,
            @DefaultValue("neo4j") String username,
            String password,
            String database,
            @DefaultValue("20s") Duration transactionTimeout,
            @DefaultValue("50") int maxConnectionPoolSize,
            @DefaultValue("30m") Duration jobTransactionTimeout) {

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param boltHost interface the embedded Bolt connector listens on
     * @param boltPort port of the embedded Bolt connector, 0 for any free port ({@code ECOSYSTEM_BOLT_PORT})
     * @param pageCache page cache size; empty lets Neo4j choose
     */
    public record Embedded(
            @DefaultValue("localhost") String boltHost,
            @DefaultValue("7687") int boltPort,
            DataSize pageCache) {
    }

    /**
     * @param enabled load the demo ecosystem into an empty database at start ({@code ECOSYSTEM_DEMO_ENABLED})
     * @param seed seed of the generator ({@code ECOSYSTEM_DEMO_SEED})
     * @param scale size of the demo ecosystem, 1 = 300 partners, 100 prospects, 2,000 customers, 12,000 deals
     */
    public record Demo(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("42") long seed,
            @DefaultValue("1.0") double scale) {
    }

    /**
     * @param batchSize rows per write transaction
     * @param maxReportedErrors errors printed in full before the rest are only counted
     */
    public record Importing(
            @DefaultValue("2000") int batchSize,
            @DefaultValue("50") int maxReportedErrors) {
    }
}
