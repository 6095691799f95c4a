package com.ecosystemgraph.demo;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.config.SchemaMigrations;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportReport;
import com.ecosystemgraph.importing.ImportService;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, generates the demo ecosystem as CSV files (under the
 * data directory) and imports them through the ordinary import, so every demo start exercises the
 * import path. Runs while the application starts, before the web server takes requests, so nobody
 * sees a half-loaded graph. A database that ever had an import is never loaded again.
 */
@Component
class DemoEcosystemLoader implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEcosystemLoader.class);

    private final EcosystemProperties properties;
    private final Driver driver;
    private final ImportService importService;

    DemoEcosystemLoader(EcosystemProperties properties, Driver driver, ImportService importService, SchemaMigrations schema) {
        this.properties = properties;
        this.driver = driver;
        this.importService = importService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.demo().enabled()) {
            return;
        }
        if (!graphIsEmpty()) {
            LOG.info("The graph already holds data: the demo ecosystem is not loaded");
            return;
        }
        long started = System.nanoTime();
        DemoOptions options = DemoOptions.defaults().withSeed(properties.demo().seed()).withScale(properties.demo().scale());
        Path folder = properties.dataDir().resolve("demo-ecosystem");
        GenerationSummary generated = new DemoEcosystemGenerator().generate(options, folder);
        ImportReport report = importService.importFolder(folder, null, EcosystemImporter.Progress.NONE);
        if (!report.succeeded()) {
            throw new IllegalStateException("The generated demo ecosystem does not import: " + report.problems());
        }
        try (var session = driver.session(sessionConfig())) {
            session.executeWrite(tx -> tx.run(CypherStatements.query("demo/mark-loaded"),
                    Map.of("seed", options.seed(), "scale", options.scale())).consume());
        }
        LOG.info("Loaded the demo ecosystem (seed {}, scale {}): {} rows from {} in {} ms; planted effects in {}",
                options.seed(), options.scale(), report.rows(), folder, (System.nanoTime() - started) / 1_000_000,
                generated.plantedEffects());
    }

    private boolean graphIsEmpty() {
        try (var session = driver.session(sessionConfig())) {
            return session.executeRead(tx -> tx.run(CypherStatements.query("demo/graph-is-empty")).single().get("empty").asBoolean());
        }
    }

    private SessionConfig sessionConfig() {
        String database = properties.neo4j().database();
        return database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
