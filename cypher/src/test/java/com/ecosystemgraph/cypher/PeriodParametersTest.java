package com.ecosystemgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service resolves a request's period once, where the request enters (graph-api's {@code Periods},
 * docs/adr/0023-one-period-per-request.md): every statement takes {@code $asOf} as given, never null.
 * A statement that falls back to the snapshot date itself ({@code coalesce($asOf, e.snapshotDate,
 * date())}) would be a second place where "as of" is decided; one added on another branch shows up here.
 */
class PeriodParametersTest {

    @Test
    void noStatementResolvesTheAsOfDateItself() {
        List<Path> statements = statements();
        assertThat(statements).as("the statements under cypher/queries").hasSizeGreaterThan(100);
        assertThat(statements.stream().filter(p -> read(p).replaceAll("\\s+", "").contains("coalesce($asOf"))
                .map(p -> root().relativize(p).toString()))
                .as("statements that resolve $asOf themselves: bind the request's Period instead (graph-api graph/Periods)")
                .isEmpty();
    }

    @Test
    void theSnapshotDateIsReadByOneStatement() {
        assertThat(statements().stream().filter(p -> read(p).contains("RETURN e.snapshotDate AS snapshotDate"))
                .map(p -> root().relativize(p).toString().replace('\\', '/')))
                .containsExactly("ecosystem/snapshot-date.cypher");
    }

    private static List<Path> statements() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(Objects.requireNonNull(PeriodParametersTest.class.getClassLoader().getResource("cypher/queries")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
