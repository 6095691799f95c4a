package com.ecosystemgraph.demo;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.config.SchemaMigrations;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.demodata.GenerationSummary;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportReport;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobLeases;
import com.ecosystemgraph.readiness.WarmUpStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, generates the demo ecosystem as CSV files (under the
 * data directory) and imports them through the ordinary import, so every demo start exercises the
 * import path. The first step of the start-up warm-up: the web server listens, but readiness is
 * DOWN and API requests are answered "warming up" until it is done, so nobody sees a half-loaded
 * graph. A database that ever had an import is never loaded again. Several instances starting on
 * one empty database load it once: the others wait for the demo-load lease and then find data.
 */
@Component
@Order(100)
class DemoEcosystemLoader implements WarmUpStep {

    /** A 10x demo loads in minutes; an instance starting meanwhile waits for it. */
    private static final Duration WAIT_FOR_OTHER_INSTANCE = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(DemoEcosystemLoader.class);

    private final EcosystemProperties properties;
    private final Driver driver;
    private final ImportService importService;
    private final JobLeases leases;

    DemoEcosystemLoader(EcosystemProperties properties, Driver driver, ImportService importService, JobLeases leases,
            SchemaMigrations schema) {
        this.properties = properties;
        this.driver = driver;
        this.importService = importService;
        this.leases = leases;
    }

    @Override
    public String description() {
        return "loading the demo ecosystem";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public boolean applies() {
        return properties.demo().enabled();
    }

    @Override
    public void run() {
        if (!graphIsEmpty()) {
            LOG.info("The graph already holds data: the demo ecosystem is not loaded");
            return;
        }
        leases.runIfNeeded(Job.DEMO_LOAD, WAIT_FOR_OTHER_INSTANCE, DemoEcosystemLoader::graphIsEmpty, lease -> {
            load();
            return true;
        }).ifPresentOrElse(loaded -> {
        }, () -> LOG.info("Another instance loaded the demo ecosystem meanwhile"));
    }

    private void load() {
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
            return session.executeRead(DemoEcosystemLoader::graphIsEmpty);
        }
    }

    private static boolean graphIsEmpty(TransactionContext tx) {
        return tx.run(CypherStatements.query("demo/graph-is-empty")).single().get("empty").asBoolean();
    }

    private SessionConfig sessionConfig() {
        String database = properties.neo4j().database();
        return database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
