package com.ecosystemgraph.support;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.cypher.MigrationRunner;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One real in-process Neo4j per test JVM (started on first use, stopped at exit), with the schema
 * migrated. Tests that share it call {@link #clean()} first.
 */
public final class TestNeo4j {

    private static EmbeddedNeo4j database;
    private static Driver driver;

    private TestNeo4j() {
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            Path home = temporaryFolder("ecosystem-test-db");
            database = start(home);
            driver = GraphDatabase.driver(database.boltUri(), database.serviceAuth());
            new MigrationRunner(driver, null).migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                database.close();
                deleteRecursively(home);
            }));
        }
        return driver;
    }

    /** Starts another embedded database (e.g. to play an external server) on a free port. */
    public static EmbeddedNeo4j start(Path home) {
        return EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(home, "localhost", 0, 64L * 1024 * 1024, Duration.ofSeconds(60)));
    }

    /** Removes every node except the migration history. */
    public static void clean() {
        try (var session = driver().session()) {
            session.run(CypherStatements.fixture("delete-all-data")).consume();
        }
    }

    /** Deletes a stopped database's folder (deleteOnExit cannot: it only removes empty folders). */
    public static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at exit: the folder is under target/ and goes with the next clean
        }
    }

    public static Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
