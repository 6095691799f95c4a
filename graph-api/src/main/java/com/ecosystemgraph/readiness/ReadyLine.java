package com.ecosystemgraph.readiness;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.cypher.CypherStatements;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one line that says the service takes traffic, e.g. {@code Ecosystem Graph is ready at
 * http://localhost:8080/ (300 partners, 100 prospects, model 20260101-120000; 41.2 s after start)}.
 * Logged when readiness turns UP (after the warm-up); after the counts come the features' notes
 * ({@link ReadyNote}: the model is whatever serves at that moment, it loads or trains in the background).
 */
@Component
class ReadyLine {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyLine.class);

    private final Driver driver;
    private final String database;
    private final ObjectProvider<ReadyNote> notes;
    private final String address;

    ReadyLine(Driver driver, EcosystemProperties properties, ObjectProvider<ReadyNote> notes, @Value("${server.address:}") String address) {
        this.driver = driver;
        this.database = properties.neo4j().database();
        this.notes = notes;
        this.address = address;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String partners;
        try (var session = driver.session(database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database))) {
            Record r = session.executeRead(tx -> tx.run(CypherStatements.query("warm-up/partner-count")).single());
            partners = String.format(Locale.ROOT, "%,d partners, %,d prospects", r.get("partners").asLong(), r.get("prospects").asLong());
        } catch (RuntimeException e) {
            partners = "partners not counted: " + e.getMessage();
        }
        StringBuilder state = new StringBuilder(partners);
        notes.orderedStream().map(ReadyNote::note).filter(note -> !note.isBlank()).forEach(note -> state.append(", ").append(note));
        String host = address == null || address.isBlank() || "0.0.0.0".equals(address) ? "localhost" : address;
        LOG.info("Ecosystem Graph is ready at http://{}:{}/ ({}; {} s after start)", host, web.getWebServer().getPort(), state,
                String.format(Locale.ROOT, "%.1f", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
    }
}
