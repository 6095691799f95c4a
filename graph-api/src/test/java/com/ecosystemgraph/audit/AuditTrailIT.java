package com.ecosystemgraph.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Who changed what and when: one event per mutation, in its transaction; refusals recorded; read by admins only. */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class AuditTrailIT {

    /** One of each mutation, as an admin would send it, with the id the event must name. */
    private static final Map<String, String> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("mutation { upsertPartner(input: {id: \"P9\", name: \"Nine\", type: SERVICES}) { errors { code } } }", "P9");
        MUTATIONS.put("mutation { upsertCustomer(input: {id: \"C9\", name: \"Nine\"}) { errors { code } } }", "C9");
        MUTATIONS.put(
                "mutation { upsertIntegration(input: {id: \"I9\", partnerId: \"P1\", name: \"Nine\", depth: 1}) { errors { code } } }",
                "I9");
        MUTATIONS.put("mutation { recordIntegrationUsage(input: {customerId: \"C2\", integrationId: \"I1\"}) { errors { code } } }", "I1");
        MUTATIONS.put("mutation { upsertDeal(input: {id: \"D9\", customerId: \"C1\", amount: 1, outcome: OPEN, createdOn: \"2024-01-01\","
                + " source: CO_SOLD, partners: [{partnerId: \"P2\", role: CO_SOLD}]}) { errors { code } } }", "D9");
        MUTATIONS.put(
                "mutation { recordInvestment(input: {id: \"V9\", partnerId: \"P1\", kind: MDF, amount: 1, spentOn: \"2024-01-01\"}) { errors { code } } }",
                "V9");
        MUTATIONS.put(
                "mutation { recordReferral(input: {referrerId: \"P1\", referredId: \"P3\", referredOn: \"2024-01-01\"}) { errors { code } } }",
                "P3");
        MUTATIONS.put("mutation { deleteNode(input: {kind: PARTNER, id: \"P4\"}) { errors { code } } }", "P4");
        MUTATIONS.put("mutation { retrainModel { status { state } } }", null);
        MUTATIONS.put("mutation { saveView(input: {name: \"Audited\", target: COMBINATIONS}) { errors { code } } }", null);
        MUTATIONS.put(
                "mutation { shortlistProspect(input: {prospectId: \"Q1\", status: CONTACTED, notes: \"Called\"}) { errors { code } } }",
                "Q1");
        MUTATIONS.put("mutation { removeFromShortlist(input: {prospectId: \"Q1\"}) { errors { code } } }", "Q1");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditTrail trail;

    @Autowired
    CypherRunner cypher;

    @Test
    void theTrailSaysWhoDeletedAPartnerAndWhen() {
        JsonNode deleted = graphql(basic(Role.ADMIN), "mutation { deleteNode(input: {kind: PARTNER, id: \"P1\"}) { deletedNodes } }");
        assertThat(deleted.at("/data/deleteNode/deletedNodes").asInt()).isEqualTo(1);
        JsonNode events = events("{nodeId: \"P1\", operations: [\"deleteNode\"]}");
        assertThat(events.size()).isEqualTo(1);
        JsonNode event = events.get(0);
        assertThat(event.path("actor").asString()).isEqualTo("admin");
        assertThat(event.path("credential").asString()).isEqualTo("BASIC");
        assertThat(event.path("role").asString()).isEqualTo("admin");
        assertThat(event.path("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(event.path("at").asString()).isNotBlank();
        assertThat(event.path("summary").asString()).contains("deleted 1 node(s)");
    }

    @Test
    void everyMutationKindWritesOneEventNamingItsKeyNeverTheKey() {
        for (var mutation : MUTATIONS.entrySet()) {
            JsonNode answer = graphql(key(Role.ADMIN), mutation.getKey());
            assertThat(answer.path("errors").isMissingNode() || answer.path("errors").isEmpty()).as(mutation.getKey() + ": " + answer)
                    .isTrue();
            assertThat(answer.findValues("code")).as(mutation.getKey() + ": " + answer).isEmpty();
        }
        String viewId = graphql(key(Role.ADMIN), "{ savedViews { id } }").at("/data/savedViews/0/id").asString();
        JsonNode deleted = graphql(key(Role.ADMIN),
                "mutation { deleteSavedView(input: {id: \"" + viewId + "\"}) { deletedId errors { code } } }");
        assertThat(deleted.at("/data/deleteSavedView/deletedId").asString()).as(deleted.toString()).isEqualTo(viewId);
        JsonNode events = events("{actor: \"key:testadmin\"}");
        List<String> operations = new ArrayList<>();
        events.forEach(e -> operations.add(e.path("operation").asString()));
        assertThat(operations).containsExactlyInAnyOrder("upsertPartner", "upsertCustomer", "upsertIntegration", "recordIntegrationUsage",
                "upsertDeal", "recordInvestment", "recordReferral", "deleteNode", "retrainModel",
                "saveView", "shortlistProspect", "removeFromShortlist", "deleteSavedView");
        events.forEach(e -> {
            assertThat(e.path("credential").asString()).isEqualTo("API_KEY");
            assertThat(e.path("outcome").asString()).isEqualTo("SUCCEEDED");
            assertThat(e.toString()).doesNotContain(Users.apiKey(Role.ADMIN)).doesNotContain("Adm1nSecret");
        });
        assertThat(events("{nodeId: \"" + viewId + "\"}").size()).as(viewId).isPositive();
        for (var mutation : MUTATIONS.entrySet()) {
            if (mutation.getValue() != null) {
                assertThat(events("{nodeId: \"" + mutation.getValue() + "\"}").size()).as(mutation.getValue()).isPositive();
            }
        }
    }

    @Test
    void aRefusedWriteIsRecordedAndChangesNothing() {
        long nodes = ServiceData.count(driver, "nodes");
        JsonNode answer = graphql(key(Role.VIEWER), "mutation { deleteNode(input: {kind: PARTNER, id: \"P1\"}) { deletedNodes } }");
        assertThat(answer.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
        assertThat(ServiceData.count(driver, "nodes")).isEqualTo(nodes);
        JsonNode events = events("{nodeId: \"P1\"}");
        assertThat(events.size()).isEqualTo(1);
        assertThat(events.get(0).path("actor").asString()).isEqualTo("key:testviewer");
        assertThat(events.get(0).path("outcome").asString()).isEqualTo("REFUSED");
    }

    @Test
    void aRejectedInputIsRecordedAsRejected() {
        long nodes = ServiceData.count(driver, "nodes");
        graphql(basic(Role.ADMIN), "mutation { upsertDeal(input: {id: \"D9\", customerId: \"C1\", amount: 1, outcome: OPEN,"
                + " createdOn: \"2024-01-01\", source: CO_SOLD, partners: [{partnerId: \"NOPE\", role: CO_SOLD}]}) { errors { code } } }");
        JsonNode events = events("{nodeId: \"D9\"}");
        assertThat(events.size()).isEqualTo(1);
        assertThat(events.get(0).path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(events.get(0).path("summary").asString()).contains("NOPE");
        assertThat(ServiceData.count(driver, "nodes")).as("the deal was rolled back with its partner list").isEqualTo(nodes);
    }

    @Test
    void aRefusedSignInIsRecordedWithoutThePassword() {
        web.post().uri("/graphql").headers(h -> h.setBasicAuth("admin", "guessed-Pa55word")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ __typename }")).exchange().expectStatus().isUnauthorized();
        web.post().uri("/graphql").header("X-API-Key", "eg_testadmin_notTheRightSecret000000").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ __typename }")).exchange().expectStatus().isUnauthorized();
        JsonNode events = events("{operations: [\"signIn\"]}");
        List<String> actors = new ArrayList<>();
        events.forEach(e -> actors.add(e.path("actor").asString()));
        assertThat(actors).contains("admin", "key:testadmin");
        assertThat(events.toString()).doesNotContain("guessed-Pa55word").doesNotContain("notTheRightSecret");
    }

    @Test
    void aChangeRolledBackLeavesNoEvent() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            cypher.write("import/upsert-partners",
                    Map.of("rows", List.of(Map.of("id", "P8", "props", Map.of("name", "Eight", "type", "services")))));
            trail.recordInTransaction(new AuditTrail.Entry(AuditTrail.Actor.command("test"), "upsertPartner", List.of("P8"), "P8",
                    AuditEvent.Outcome.SUCCEEDED));
            throw new IllegalStateException("the change fails after its event was written");
        })).hasMessageContaining("fails");
        assertThat(events("{nodeId: \"P8\"}").size()).isZero();
        assertThat(graphql(basic(Role.VIEWER), "{ partner(id: \"P8\") { id } }").at("/data/partner").isNull()).isTrue();
    }

    @Test
    void onlyAdminsReadTheTrail() {
        JsonNode answer = graphql(basic(Role.RECRUITER), "{ auditEvents { totalCount } }");
        assertThat(answer.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    }

    private JsonNode events(String filter) {
        JsonNode answer = graphql(basic(Role.ADMIN), "{ auditEvents(filter: " + filter + ", first: 100) { totalCount edges { node {"
                + " id at actor credential role operation nodeIds summary outcome } } } }");
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        List<JsonNode> nodes = new ArrayList<>();
        answer.at("/data/auditEvents/edges").forEach(edge -> nodes.add(edge.path("node")));
        return JSON.valueToTree(nodes);
    }

    private static java.util.function.Consumer<org.springframework.http.HttpHeaders> basic(Role role) {
        return h -> h.setBasicAuth(role.username(), Users.password(role));
    }

    private static java.util.function.Consumer<org.springframework.http.HttpHeaders> key(Role role) {
        return h -> h.set("X-API-Key", Users.apiKey(role));
    }

    private JsonNode graphql(java.util.function.Consumer<org.springframework.http.HttpHeaders> credentials, String query) {
        byte[] body = web.post().uri("/graphql").headers(credentials).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query)).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }
}
