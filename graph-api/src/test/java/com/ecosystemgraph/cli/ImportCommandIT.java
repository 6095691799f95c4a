package com.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import com.ecosystemgraph.support.GraphSnapshot;
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

/** The jar's {@code import} command as a user runs it, on its own embedded data directory. */
class ImportCommandIT {

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
    void importsAFolderTwiceWithTheSameResultAndRejectsABrokenCopyUnchanged() throws Exception {
        Path fixture = Path.of(ImportCommandIT.class.getResource("/ecosystem/small").toURI());

        JarCommand.Run first = JarCommand.run("import", "--no-progress", fixture.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("partners.csv").contains("Imported 38 rows");
        java.util.regex.Matcher rollups = java.util.regex.Pattern
                .compile("Rebuilt the analytics rollups \\((\\d+) deal months, (\\d+) partners\\)")
                .matcher(first.out());
        assertThat(rollups.find()).as(first.out()).isTrue();
        assertThat(Integer.parseInt(rollups.group(1))).as("every created month of the fixture's deals").isPositive();
        assertThat(Integer.parseInt(rollups.group(2))).as("every partner on a deal or with an investment").isPositive();
        GraphSnapshot afterFirst = snapshot();
        assertThat(afterFirst.nodeCount("Partner")).isEqualTo(6);
        assertThat(afterFirst.nodeCount("Customer")).isEqualTo(4);
        assertThat(afterFirst.relationshipCount("REFERRED")).isEqualTo(4);

        JarCommand.Run second = JarCommand.run("import", "--no-progress", fixture.toString());
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).as("an identical re-import changes nothing and says so")
                .contains("Imported 38 rows").contains("0 created, 0 updated, 38 unchanged")
                .contains("Nothing changed").doesNotContain("Rebuilt the analytics rollups");
        assertThat(snapshot()).isEqualTo(afterFirst);

        // rebuilding everything (for data written around the service) finds what the import built
        JarCommand.Run rebuilt = JarCommand.run("rebuild-rollups");
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out())
                .contains("Rebuilt the analytics rollups (" + rollups.group(1) + " deal months, " + rollups.group(2) + " partners)");
        assertThat(snapshot()).isEqualTo(afterFirst);

        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        String deals = Files.readString(broken.resolve("deals.csv"));
        // A row that breaks the format is found before the database starts.
        Files.writeString(broken.resolve("deals.csv"), deals + "D8,C1,lots,,won,2024-01-01,2024-02-01,direct\n");
        JarCommand.Run rejected = JarCommand.run("import", "--no-progress", broken.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).contains("deals.csv:7: amount: 'lots' is not a plain decimal number")
                .contains("1 error(s); nothing was imported.");
        assertThat(rejected.out()).as("no database was started").isEmpty();
        // A reference to an id that is neither in the files nor in the graph needs the graph.
        Files.writeString(broken.resolve("deals.csv"), deals + "D9,C77,10,,won,2024-01-01,,direct\n");
        JarCommand.Run unknown = JarCommand.run("import", "--no-progress", broken.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("deals.csv:7: customer_id: unknown customer id 'C77'")
                .contains("1 error(s); nothing was imported.");
        assertThat(snapshot()).isEqualTo(afterFirst);
    }

    @Test
    void badUsageIsExitCode64WithOneLine() {
        JarCommand.Run date = JarCommand.run("import", "--snapshot-date", "yesterday", temp.toString());
        assertThat(date.exitCode()).isEqualTo(64);
        assertThat(date.err().strip()).isEqualTo("--snapshot-date: 'yesterday' is not a date in the form YYYY-MM-DD");
        JarCommand.Run folder = JarCommand.run("import", temp.resolve("nowhere").toString());
        assertThat(folder.exitCode()).isEqualTo(64);
        assertThat(folder.err().strip()).isEqualTo("FOLDER: " + temp.resolve("nowhere") + " does not exist or is not a folder");
        assertThat(JarCommand.run("import", "--no-such-option", temp.toString()).exitCode()).isEqualTo(64);
        assertThat(JarCommand.run("import").exitCode()).isEqualTo(64);
    }

    @Test
    void aDatabaseThatCannotStartIsExitCode2WithOneLine() throws Exception {
        Path fixture = Path.of(ImportCommandIT.class.getResource("/ecosystem/small").toURI());
        try (EmbeddedNeo4j holder = TestNeo4j.start(dataDir)) {
            // The data directory is locked by another running database.
            JarCommand.Run run = JarCommand.run("import", "--no-progress", fixture.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines().filter(l -> l.startsWith("import: ")).toList()).hasSize(1);
            assertThat(run.err()).contains("import: the database could not start, nothing was imported")
                    .doesNotContain("Exception", "\tat ");
        }
    }

    private GraphSnapshot snapshot() {
        try (EmbeddedNeo4j database = TestNeo4j.start(dataDir);
                Driver driver = GraphDatabase.driver(database.boltUri(), database.serviceAuth())) {
            return GraphSnapshot.of(driver);
        }
    }
}
