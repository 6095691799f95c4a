package com.ecosystemgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.analytics.Rollups;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The embedded database's Bolt port is not an open door (ADR 0005): no password, no access; the
 * generated password (owner-only file) reads; a write over Bolt around the service makes the next
 * KPI answer fresh.
 */
@ServiceTest
class BoltAccessIT {

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    Driver service;

    @Autowired
    ImportService importService;

    @Autowired
    Rollups rollups;

    @Autowired
    WebTestClient web;

    @Test
    void withoutThePasswordBoltRefusesWithItBoltReads() throws Exception {
        try (Driver anonymous = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
        try (Driver guess = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(guess::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        var file = embedded.home().resolve(EmbeddedNeo4j.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        ServiceData.resetToFixture(service, importService);
        try (Driver person = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", embedded.peoplePassword()))) {
            assertThat(ServiceData.count(person, "nodes")).isPositive();
        }
    }

    @Test
    void aWriteOverBoltAroundTheServiceMakesTheNextKpisFresh() {
        ServiceData.resetToFixture(service, importService);
        rollups.refresh();
        double before = totalWon();
        try (Driver person = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", embedded.peoplePassword()));
                var session = person.session()) {
            session.run(CypherStatements.fixture("add-to-deal-amount"), Map.of("id", "D1", "add", 1000.0)).consume();
        }
        assertThat(totalWon()).isEqualTo(before + 1000.0);
    }

    /** A partner renamed over Bolt takes its new place in a page sorted by name (its stored sort key follows the name). */
    @Test
    void aPartnerRenamedOverBoltIsSortedByItsNewName() {
        ServiceData.resetToFixture(service, importService);
        try (Driver person = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", embedded.peoplePassword()));
                var session = person.session()) {
            session.run(CypherStatements.fixture("rename-partner"), Map.of("id", "P2", "name", "AAA first by name")).consume();
        }
        assertThat(graphQl("{ partners(first: 1, orderBy: {field: NAME}) { edges { node { id name } } } }")
                .at("/data/partners/edges/0/node/id")
                .asString()).isEqualTo("P2");
    }

    /**
     * A customer created over Bolt, and an ARR changed there, take their places in a page of one segment and
     * region by ARR, which reads the stored sort key in index order (V0045, V0046): without it kept, the new
     * customer is missing from the page and the changed one keeps its old place.
     */
    @Test
    void customersWrittenOverBoltAreSortedByTheirArr() {
        ServiceData.resetToFixture(service, importService);
        var c1 = graphQl("{ customer(id: \"C1\") { segment region } }").at("/data/customer");
        String segment = c1.at("/segment").asString();
        String region = c1.at("/region").asString();
        String page = "{ customers(filter: {segments: [" + segment + "], regions: [\"" + region
                + "\"]}, orderBy: {field: ARR, direction: DESC}, first: 10) { edges { node { id arr } } } }";
        try (Driver person = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", embedded.peoplePassword()));
                var session = person.session()) {
            session.run(CypherStatements.fixture("create-customer"),
                    Map.of("id", "C-BOLT", "name", "Written over Bolt", "segment", segment.toLowerCase(java.util.Locale.ROOT), "region",
                            region, "arr", 9_000_000.0))
                    .consume();
        }
        assertThat(ids(graphQl(page))).containsExactly("C-BOLT", "C1");

        try (Driver person = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", embedded.peoplePassword()));
                var session = person.session()) {
            session.run(CypherStatements.fixture("set-customer-arr"), Map.of("id", "C1", "arr", 10_000_000.0)).consume();
        }
        assertThat(ids(graphQl(page))).containsExactly("C1", "C-BOLT");
    }

    private static java.util.List<String> ids(tools.jackson.databind.JsonNode answer) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        answer.at("/data/customers/edges").forEach(edge -> ids.add(edge.at("/node/id").asString()));
        return ids;
    }

    private double totalWon() {
        return graphQl("{ ecosystemKpis { totalWonAmount } }").at("/data/ecosystemKpis/totalWonAmount").asDouble();
    }

    private tools.jackson.databind.JsonNode graphQl(String query) {
        byte[] body = web.post().uri("/graphql").headers(h -> h.setBasicAuth("viewer", Users.password(Role.VIEWER)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
    }
}
