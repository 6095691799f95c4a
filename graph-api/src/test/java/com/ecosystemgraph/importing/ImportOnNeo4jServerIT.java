package com.ecosystemgraph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.MigrationRunner;
import com.ecosystemgraph.support.GraphSnapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The import suite against a real Neo4j server in a container, where Docker runs (skipped
 * elsewhere): the same migrations and import code must work on a server, not only embedded.
 */
@Testcontainers(disabledWithoutDocker = true)
class ImportOnNeo4jServerIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.01").withAdminPassword("test-password");

    static Driver driver;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(NEO4J.getBoltUrl(), AuthTokens.basic("neo4j", "test-password"));
        new MigrationRunner(driver, null).migrate();
    }

    @Test
    void importsIdempotentlyAndRejectsBadFoldersOnAServer() throws URISyntaxException {
        EcosystemImporter importer = new EcosystemImporter(driver, null);
        Path fixture = Path.of(ImportOnNeo4jServerIT.class.getResource("/ecosystem/small").toURI());

        ImportReport first = importer.importFolder(fixture, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        GraphSnapshot afterFirst = GraphSnapshot.of(driver);
        ImportReport second = importer.importFolder(fixture, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);

        assertThat(first.succeeded()).isTrue();
        assertThat(second.succeeded()).isTrue();
        assertThat(afterFirst.nodeCount("Partner")).isEqualTo(6);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(afterFirst);

        ImportReport missing = importer.importFolder(fixture.resolve("nowhere"), EcosystemImporter.Options.defaults(),
                EcosystemImporter.Progress.NONE);
        assertThat(missing.succeeded()).isFalse();
        assertThat(GraphSnapshot.of(driver)).isEqualTo(afterFirst);
    }
}
