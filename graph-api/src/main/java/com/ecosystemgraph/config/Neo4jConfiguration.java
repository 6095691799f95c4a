package com.ecosystemgraph.config;

import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.util.StringUtils;

/**
 * The one {@link Driver} of the service: to the external database when {@code NEO4J_URI} is set,
 * otherwise to the embedded database started here. Spring Data Neo4j and everything else use this
 * driver, so the rest of the service is the same in both cases.
 *
 * <p>The driver bean depends on the embedded database bean, so Spring closes the driver first and
 * stops the database after it.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(Embedded.class)
    EmbeddedNeo4j embeddedNeo4j(EcosystemProperties properties) {
        var embedded = properties.embedded();
        return EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(
                properties.dataDir(), embedded.boltHost(), embedded.boltPort(),
                embedded.pageCache() == null ? 0 : embedded.pageCache().toBytes(),
                properties.neo4j().transactionTimeout()));
    }

    @Bean(destroyMethod = "")
    @Conditional(Embedded.class)
    Driver embeddedDriver(EmbeddedNeo4j embedded, EcosystemProperties properties, ObjectProvider<ObservationRegistry> observations) {
        return GraphDatabase.driver(embedded.boltUri(), embedded.serviceAuth(), driverConfig(properties, observations));
    }

    /** Closes the driver (before the embedded database, which it depends on) and says how long that took. */
    @Bean
    org.springframework.beans.factory.DisposableBean driverCloser(Driver driver) {
        return () -> {
            long started = System.nanoTime();
            driver.close();
            LOG.info("Neo4j driver closed in {} ms", (System.nanoTime() - started) / 1_000_000);
        };
    }

    @Bean
    org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent> stopTimer() {
        return event -> LOG.info("Stopping Ecosystem Graph");
    }

    @Bean(destroyMethod = "")
    @Conditional(External.class)
    Driver externalDriver(EcosystemProperties properties, ObjectProvider<ObservationRegistry> observations) {
        var neo4j = properties.neo4j();
        var auth = StringUtils.hasText(neo4j.password())
                ? AuthTokens.basic(neo4j.username(), neo4j.password())
                : AuthTokens.none();
        Driver driver = GraphDatabase.driver(neo4j.uri(), auth, driverConfig(properties, observations));
        driver.verifyConnectivity();
        LOG.info("Using the external Neo4j at {} (database: {})", neo4j.uri(),
                StringUtils.hasText(neo4j.database()) ? neo4j.database() : "server default");
        return driver;
    }

    /**
     * One bookmark manager for Spring Data's transactions, its client and the API's auto-commit reads
     * ({@code CypherRunner.read}), so that in a cluster a read follows the writes the service made before it.
     */
    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager() {
        return Neo4jBookmarkManager.create();
    }

    @Bean
    DatabaseSelectionProvider databaseSelectionProvider(EcosystemProperties properties) {
        String database = properties.neo4j().database();
        return StringUtils.hasText(database)
                ? () -> DatabaseSelection.byName(database)
                : DatabaseSelectionProvider.getDefaultSelectionProvider();
    }

    /**
     * Longest a request waits to be given a connection, and to open a new one: well under the request
     * timeout, so that while the database cannot be reached requests fail fast ({@code UNAVAILABLE})
     * instead of running into the request timeout.
     */
    static final java.time.Duration CONNECTION_ACQUISITION_TIMEOUT = java.time.Duration.ofSeconds(5);
    static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofSeconds(5);

    /** Pool and timeouts; Bolt exchanges and the connection pool are observed by Micrometer when it is there. */
    private static Config driverConfig(EcosystemProperties properties, ObjectProvider<ObservationRegistry> observations) {
        Config.ConfigBuilder builder = Config.builder();
        observations.ifAvailable(registry -> builder.withObservationProvider(MicrometerObservationProvider.builder(registry).build()));
        return builder
                .withMaxConnectionPoolSize(properties.neo4j().maxConnectionPoolSize())
                .withConnectionAcquisitionTimeout(CONNECTION_ACQUISITION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionTimeout(CONNECTION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
                .withUserAgent("ecosystem-graph")
                // The driver's default (System.Logger) formats every Bolt message for its debug line, parameters
                // included, before anything decides the line is not written: about 1 % of a page's server CPU in a
                // JFR profile of the side-by-side bench (docs/benchmarks.md). Through SLF4J the level is asked first.
                .withLogging(Logging.slf4j())
                .build();
    }

    /** No {@code ecosystem.neo4j.uri}: run the embedded database. */
    static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("ecosystem.neo4j.uri"));
        }
    }

    /** An {@code ecosystem.neo4j.uri} is set: use that server or cluster. */
    static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("ecosystem.neo4j.uri"));
        }
    }
}
