package com.ecosystemgraph.config;

import com.ecosystemgraph.cypher.MigrationRunner;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the database schema (constraints, indexes, full-text index) up to date at start, before
 * anything reads or writes. Beans that need the schema inject this one.
 */
@Component
public class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final MigrationRunner.Result result;

    SchemaMigrations(Driver driver, EcosystemProperties properties) {
        this.result = new MigrationRunner(driver, properties.neo4j().database(), properties.neo4j().jobTransactionTimeout()).migrate();
        LOG.info("Graph schema at version {} ({} migrations applied now, {} already applied)",
                result.latestVersion(), result.applied(), result.alreadyApplied());
    }

    public MigrationRunner.Result result() {
        return result;
    }
}
