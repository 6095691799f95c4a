package com.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.MigrationRunner;
import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.scoring.ScoringProperties;
import com.ecosystemgraph.scoring.ScoringService;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The jar's {@code export-model} command as an operator runs it (issue 17, item 1): the model stored
 * in the database comes out as the folder that {@code ECOSYSTEM_MODEL_DIR} imports, file for file.
 */
class ExportModelCommandIT {

    /** A complete trained model folder (the scoring module's golden model: files, card, checksum list). */
    private static final Path GOLDEN = Path.of("..", "scoring", "src", "test", "resources", "golden");

    @TempDir
    Path temp;

    private Path dataDir;

    @BeforeEach
    void pointTheServiceAtATemporaryStore() {
        dataDir = temp.resolve("data");
        JarCommand.useDataDir(dataDir);
    }

    @AfterEach
    void restore() {
        JarCommand.restore();
    }

    @Test
    void writesTheServingModelAsAFolderThatImportsAgainAndRefusesWhatItCannotWrite() throws Exception {
        // An empty database: nothing serves, nothing is written.
        JarCommand.Run none = JarCommand.run("export-model", temp.resolve("none").toString());
        assertThat(none.exitCode()).as(none.err()).isEqualTo(1);
        assertThat(none.err()).contains("export-model: no model version serves in this database").doesNotContain("Exception", "\tat ");
        assertThat(temp.resolve("none")).doesNotExist();

        String version = storeTheGoldenModel();

        Path out = temp.resolve("exported");
        JarCommand.Run exported = JarCommand.run("export-model", out.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Exported model " + version).contains("ECOSYSTEM_MODEL_DIR=" + out);
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.filter(f -> Files.exists(out.resolve(f.getFileName()))).toList()) {
                assertThat(Files.readAllBytes(out.resolve(file.getFileName()))).as(file.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        assertThat(out.resolve("ipp-model.tribuo")).exists();
        assertThat(out.resolve("model-card.json")).exists();
        assertThat(out.resolve("checksums.sha256")).exists();

        // The exported folder is a model folder another service imports (checksums and all).
        Path importedStore = temp.resolve("data2");
        try (EmbeddedNeo4j database = TestNeo4j.start(importedStore);
                Driver driver = GraphDatabase.driver(database.boltUri(), database.serviceAuth());
                ScoringService other = new ScoringService(driver, null, ScoringProperties.of(out, null, false, 42, false),
                        temp.resolve("old2"))) {
            new MigrationRunner(driver, null).migrate();
            other.start();
            assertThat(other.version()).contains(version);
        }

        // A named version that is not stored, and a folder that is not empty: refused, nothing written.
        JarCommand.Run unknown = JarCommand.run("export-model", "--version", "ipp-no-such", temp.resolve("unknown").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("There is no stored model version 'ipp-no-such'").contains("nothing was written");
        assertThat(temp.resolve("unknown")).doesNotExist();
        JarCommand.Run full = JarCommand.run("export-model", out.toString());
        assertThat(full.exitCode()).isEqualTo(64);
        assertThat(full.err().strip()).isEqualTo("OUT: " + out + " is not empty; export into a new or empty folder");
    }

    /** Stores and serves the golden model in the command's data directory, as a service started with ECOSYSTEM_MODEL_DIR does. */
    private String storeTheGoldenModel() {
        try (EmbeddedNeo4j database = TestNeo4j.start(dataDir);
                Driver driver = GraphDatabase.driver(database.boltUri(), database.serviceAuth());
                ScoringService scoring = new ScoringService(driver, null, ScoringProperties.of(GOLDEN, null, false, 42, false),
                        temp.resolve("old"))) {
            new MigrationRunner(driver, null).migrate();
            scoring.start();
            assertThat(scoring.status()).as(scoring.problem()).isEqualTo(ScoringService.Status.READY);
            return scoring.version().orElseThrow();
        }
    }

}
