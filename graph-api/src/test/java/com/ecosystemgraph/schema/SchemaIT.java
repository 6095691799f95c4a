package com.ecosystemgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.cypher.Migration;
import com.ecosystemgraph.cypher.MigrationCatalog;
import com.ecosystemgraph.cypher.MigrationRunner;
import com.ecosystemgraph.support.TestNeo4j;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** The migrations and every Cypher file, against the real database. */
class SchemaIT {

    private final Driver driver = TestNeo4j.driver();

    @Test
    void migrationsAreIdempotentAndCreateTheDocumentedSchema() {
        MigrationRunner runner = new MigrationRunner(driver, null);
        MigrationRunner.Result again = runner.migrate();

        assertThat(again.applied()).isZero();
        assertThat(again.alreadyApplied()).isEqualTo(MigrationCatalog.load().size());
        try (var session = driver.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
            assertThat(constraints).contains("partner_id", "customer_id", "integration_id", "deal_id", "investment_id", "ecosystem_key");
            var fulltext = session.run("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties "
                    + "WHERE name = 'entityNames' RETURN labelsOrTypes, properties").single();
            assertThat(fulltext.get("labelsOrTypes").asList(Value::asString)).containsExactlyInAnyOrder("Partner", "Customer");
            assertThat(fulltext.get("properties").asList(Value::asString)).containsExactly("name");
        }
    }

    @Test
    void anAppliedMigrationThatWasEditedIsRefused() {
        List<Migration> edited = new ArrayList<>(MigrationCatalog.load());
        Migration first = edited.getFirst();
        edited.set(0, Migration.of("V0001__partner_id_unique.cypher", first.statement() + " // edited"));

        assertThatThrownBy(() -> new MigrationRunner(driver, null).migrate(edited))
                .isInstanceOf(MigrationRunner.MigrationException.class)
                .hasMessageContaining("V1 (partner id unique) was changed after it was applied");
    }

    /**
     * A fragment of a joined read (queries/join/README.md) with its slots filled as the composer would;
     * a nested field's fragment inside a host statement.
     */
    private static String joinFragment(Path file, String text) {
        String filled = text.lines().filter(line -> !line.strip().startsWith("//")).collect(Collectors.joining("\n"))
                .replace("{{parent}}", "p").replace("{{node}}", "n").replace("{{rel}}", "r").replace("{{fields}}", ".id")
                .replace("{{types}}", "SOURCED|INFLUENCED|CO_SOLD").replace("{{where}}", "true")
                .replace("{{relationship}}", "properties(r)").replace("{{sort}}", "n.id").replace("{{direction}}", "DESC")
                .replace("{{within}}", "n.segment DESC, ");
        String name = file.getFileName().toString();
        if (name.endsWith("-page-sort.cypher")) {
            return "MATCH (n) RETURN " + filled + " AS value";
        }
        return name.endsWith("-by-ids.cypher") || name.endsWith("-page.cypher")
                ? filled
                : CypherStatements.fixture("join-fragment-host").replace("{{fragment}}", filled);
    }

    @Test
    void everyCypherQueryFileIsOneValidStatement() throws IOException {
        Path queries = Path.of("..", "cypher", "queries");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(queries)) {
            files = walk.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        try (var session = driver.session()) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (text.endsWith(";")) {
                    text = text.substring(0, text.length() - 1);
                }
                String statement = file.getParent().getFileName().toString().equals("join") ? joinFragment(file, text) : text;
                // EXPLAIN plans without running: it fails on syntax errors, unknown functions and
                // on a second statement in the file.
                try {
                    var plan = session.run("EXPLAIN " + statement).consume();
                    assertThat(plan.plan()).as(file.toString()).isNotNull();
                } catch (RuntimeException e) {
                    throw new AssertionError(file + ": " + e.getMessage() + "\n" + statement, e);
                }
            }
        }
    }
}
