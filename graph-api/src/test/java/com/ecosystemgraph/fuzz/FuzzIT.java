package com.ecosystemgraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportProblem;
import com.ecosystemgraph.importing.ImportReport;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.importing.StoredIdCheck;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.SchemaFiles;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The fuzz suite (issue 13): hostile GraphQL requests generated from the schema ({@link HostileDocuments})
 * sent over HTTP to the whole service on its real embedded Neo4j, as anonymous, viewer, recruiter and
 * admin (HTTP Basic and API keys in turn). For every answer ({@link AnswerRules}): no 5xx but the
 * deliberate 503s, every error in the project's error format, no INTERNAL_ERROR, no stack frame,
 * class name, Cypher or {@code Neo.} code in an error; and the graph's count of every label and
 * relationship type unchanged unless a mutation of a role that may write answered with data.
 *
 * <p>Hostile CSV rows ({@link HostileRows}) go through the import path: a folder is either refused with
 * problems naming file, line and rule and nothing written, or imported with every stored id keeping the
 * id rule; the import never throws.
 *
 * <p>{@code -Dfuzz.documents} requests per caller (150 by default, 10,000 in the heavy profile),
 * {@code -Dfuzz.imports} import folders (40 by default, 1,000 in the heavy profile),
 * {@code -Dfuzz.seed} the seed (fixed by default, so CI sees the same requests every run; a failure
 * names the seed and the request's index to reproduce it). The generator is seeded JUnit code rather
 * than jqwik: see ADR 0015.
 */
@ServiceTest
class FuzzIT {

    static final int DOCUMENTS = Integer.getInteger("fuzz.documents", 150);
    static final long SEED = Long.getLong("fuzz.seed", 20261204L);
    static final int IMPORTS = Integer.getInteger("fuzz.imports", 40);

    /** Who sends the requests. */
    enum Caller {
        ANONYMOUS(null), VIEWER(Role.VIEWER), RECRUITER(Role.RECRUITER), ADMIN(Role.ADMIN);

        final Role role;

        Caller(Role role) {
            this.role = role;
        }

        /** The credential of the {@code index}th request: HTTP Basic and the role's API key in turn. */
        String[] headers(int index) {
            if (role == null) {
                return new String[0];
            }
            return index % 2 == 0
                    ? new String[]{"Authorization", Http.basic(role.username(), Users.password(role))}
                    : new String[]{"X-API-Key", Users.apiKey(role)};
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    StoredIdCheck storedIds;

    @ParameterizedTest
    @EnumSource(Caller.class)
    void hostileDocumentsAreAnsweredInTheErrorFormatWithoutLeaksOrUnexpectedWrites(Caller caller) throws IOException {
        ServiceData.resetToFixture(driver, importService);
        long seed = SEED + caller.ordinal();
        HostileDocuments documents = new HostileDocuments(SchemaFiles.schema(), seed);
        String base = "http://localhost:" + port;
        List<String> violations = new ArrayList<>();
        Map<String, Long> counts = counts();
        TreeMap<String, Integer> classifications = new TreeMap<>();
        for (int i = 0; i < DOCUMENTS && violations.size() < 20; i++) {
            HostileDocuments.Request request = documents.next();
            Http.Answer answer = Http.graphql(base, request.document(), request.variables(), caller.headers(i));
            List<String> broken = new ArrayList<>(AnswerRules.problems(answer));
            if (answer.json() != null) {
                answer.json().path("errors")
                        .forEach(e -> classifications.merge(e.path("extensions").path("classification").asString("?"), 1, Integer::sum));
            }
            Map<String, Long> after = counts();
            if (!after.equals(counts)) {
                if (!(caller.role != null && caller.role != Role.VIEWER && request.mutation() && AnswerRules.wroteSomething(answer))) {
                    broken.add("the graph changed (" + counts + " -> " + after + ") though nothing was accepted");
                }
                counts = after;
            }
            if (!broken.isEmpty()) {
                violations.add("seed " + seed + " #" + i + " as " + caller + ": " + broken + "\n  document: "
                        + abbreviate(request.document()) + "\n  variables: " + abbreviate(String.valueOf(request.variables()))
                        + "\n  answer: " + answer.status() + " " + abbreviate(answer.body()));
            }
        }
        System.out.printf("FuzzIT %s: %d documents (seed %d), error classifications %s%n", caller, DOCUMENTS, seed, classifications);
        assertThat(violations).as("answers breaking the fuzz properties").isEmpty();
    }

    @Test
    void hostileImportRowsAreReportedWithoutWritingOrStoredWhenTheyKeepTheRules(@TempDir Path work) throws IOException, URISyntaxException {
        Path fixture = Path.of(FuzzIT.class.getResource("/ecosystem/small").toURI());
        HostileRows rows = new HostileRows(SEED);
        List<String> violations = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < IMPORTS && violations.size() < 20; i++) {
            ServiceData.resetToFixture(driver, importService);
            Map<String, Long> before = counts();
            Path folder = Files.createDirectories(work.resolve("case-" + i));
            HostileRows.Change change = rows.write(fixture, folder);
            ImportReport report;
            try {
                report = importService.importFolder(folder, null, EcosystemImporter.Progress.NONE);
            } catch (RuntimeException e) {
                violations.add("seed " + SEED + " import #" + i + " " + change + ": threw " + e);
                continue;
            }
            List<String> broken = new ArrayList<>();
            if (report.succeeded()) {
                storedIds.offenders(5).forEach(o -> broken.add("stored an id breaking the rule: " + o));
            } else {
                refused++;
                if (!counts().equals(before)) {
                    broken.add("refused, yet the graph changed: " + before + " -> " + counts());
                }
                for (ImportProblem problem : report.problems()) {
                    if (problem.reason().isBlank() || problem.file().isBlank() || problem.line() < 1) {
                        broken.add("a problem without file, line or reason: " + problem);
                    }
                    // The operator's own value may be quoted back; nothing else may read like internals.
                    String reason = change.withoutValue(problem.reason());
                    AnswerRules.LEAKS.stream().map(p -> p.matcher(reason)).filter(java.util.regex.Matcher::find)
                            .forEach(m -> broken.add("leak '" + m.group() + "' in " + problem));
                }
            }
            if (!broken.isEmpty()) {
                violations.add("seed " + SEED + " import #" + i + " " + change + ": " + broken);
            }
        }
        System.out.printf("FuzzIT import: %d folders (seed %d), %d refused%n", IMPORTS, SEED, refused);
        assertThat(violations).as("imports breaking the fuzz properties").isEmpty();
    }

    private Map<String, Long> counts() {
        try (var session = driver.session()) {
            Map<String, Long> counts = new TreeMap<>();
            session.run(CypherStatements.fixture("count-by-label")).forEachRemaining(r -> {
                counts.put(r.get("what").asString(), r.get("count").asLong());
            });
            return counts;
        }
    }

    static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 600 ? text : text.substring(0, 600) + "... (" + text.length() + " characters)";
    }
}
