package com.ecosystemgraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Puts the test service's own database into a known state. */
public final class ServiceData {

    private ServiceData() {
    }

    /** Empties the graph and imports the small hand-written fixture ecosystem (src/test/resources/ecosystem/small). */
    public static void resetToFixture(Driver driver, ImportService importService) {
        clear(driver);
        try {
            Path folder = Path.of(ServiceData.class.getResource("/ecosystem/small").toURI());
            assertThat(importService.importFolder(folder, null, EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void clear(Driver driver) {
        try (var session = driver.session()) {
            session.run(CypherStatements.fixture("delete-all-data")).consume();
        }
    }

    /**
     * Runs a fixture statement (cypher/fixtures/NAME.cypher). A fixture writes around the
     * service's statements, so it cannot have marked the analytics rollups it changed: all are
     * marked stale (the service rebuilds them before its next analysis).
     */
    public static void run(Driver driver, String fixture, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.run(CypherStatements.fixture(fixture), parameters).consume();
            session.run(CypherStatements.query("rollup/mark-all-stale")).consume();
        }
    }

    public static long count(Driver driver, String what) {
        try (var session = driver.session()) {
            return session.run(CypherStatements.fixture("count-" + what)).single().get(0).asLong();
        }
    }
}
