package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.QueryLimits;
import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 20, item 1: one document with many aliased root lookups. A thousand are refused before any
 * database work; up to the limit they cost one statement; a request whose fields all fail logs once.
 */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
@ExtendWith(OutputCaptureExtension.class)
class AliasFanOutIT {

    @Autowired
    WebTestClient web;

    @Autowired
    CypherRunner cypher;

    @Autowired
    Driver driver;

    private WebTestClient.BodyContentSpec post(String query) {
        return web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query))
                .exchange().expectStatus().isOk().expectBody();
    }

    /** {@code { a0: partner(id: "P1") { id name type } a1: ... }} with the ids given in turn. */
    private static String aliases(int count, List<String> ids) {
        return IntStream.range(0, count).mapToObj(i -> "a" + i + ": partner(id: \"" + ids.get(i % ids.size()) + "\") { id name type }")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    @Test
    void aThousandAliasedLookupsAreRefusedBeforeAnyDatabaseWork() {
        long before = cypher.executedStatements();
        post(aliases(1000, List.of("P1", "P2", "P3")))
                .jsonPath("$.errors[0].message").isEqualTo("The document asks for 1000 root fields (aliases count); the limit is "
                        + QueryLimits.MAX_ROOT_FIELDS + " (ask for a list, e.g. partners(filter: ...), instead of many single lookups)")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.data").doesNotExist();
        assertThat(cypher.executedStatements()).isEqualTo(before);
    }

    @Test
    void theCostCountsEveryRootFieldAndAlias() {
        post(aliases(3, List.of("P1")))
                // each alias: a root field + 1 x (1 + id + name + type)
                .jsonPath("$.extensions.cost.requested").isEqualTo(3 * (QueryLimits.ROOT_FIELD_COST + 1 + 3))
                .jsonPath("$.extensions.cost.rootFields").isEqualTo(3)
                .jsonPath("$.extensions.cost.maxRootFields").isEqualTo(QueryLimits.MAX_ROOT_FIELDS);
    }

    @Test
    void aliasedLookupsUpToTheLimitAreOneStatement() {
        long before = cypher.executedStatements();
        post(aliases(QueryLimits.MAX_ROOT_FIELDS, List.of("P1", "P2", "nope", "Q1")))
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.a0.name").isEqualTo("Acme Cloud, Inc.")
                .jsonPath("$.data.a1.type").isEqualTo("TECHNOLOGY")
                .jsonPath("$.data.a2").isEmpty()
                .jsonPath("$.data.a3.id").isEqualTo("Q1")
                .jsonPath("$.data.a24.id").isEqualTo("P1");
        assertThat(cypher.executedStatements() - before).isEqualTo(1);
    }

    @Test
    void aRequestWhoseFieldsAllFailLogsOnce(CapturedOutput output) {
        // A node written around the service with a property of the wrong type: reading it fails inside the service.
        ServiceData.run(driver, "broken-partner", Map.of());
        String body = web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", aliases(20, List.of("BROKEN"))
                        .replace("id name type", "id employees")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        List<String> ids = Pattern.compile("quote id ([0-9a-f-]{36})").matcher(body).results().map(m -> m.group(1)).toList();
        assertThat(ids).hasSize(20);
        String logged = output.getAll();
        long lines = ids.stream().distinct().mapToLong(id -> Pattern.compile("Internal error " + id).matcher(logged).results().count())
                .sum();
        assertThat(lines).isEqualTo(1);
        assertThat(logged).containsPattern("Internal error " + ids.getFirst() + " in 20 field\\(s\\): (/a\\d+, ){4}/a\\d+ and 15 more");
    }
}
