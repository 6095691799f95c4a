package com.ecosystemgraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportReport;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.importing.StoredIdCheck;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.GraphSnapshot;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the fuzz suite found, each as a fixed example: an answer that repeated an injection (Cypher,
 * a {@code Neo.} code) so that it read like a leak, graphql-java's dump of an input object in a
 * message, and ids spelled like Neo4j status codes, which are now reserved (ADR 0015).
 */
@ServiceTest
class FuzzFindingsIT {

    private static final String UPSERT_PARTNER = "mutation($input: PartnerInput!) { upsertPartner(input: $input) {"
            + " partner { id } errors { field message code } } }";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    StoredIdCheck storedIds;

    @BeforeEach
    void fixture() {
        ServiceData.resetToFixture(driver, importService);
    }

    private Http.Answer send(Role role, String document, Map<String, Object> variables) {
        return Http.graphql("http://localhost:" + port, document, variables,
                "Authorization", Http.basic(role.username(), Users.password(role)));
    }

    @Test
    void anUnknownIdSpelledAsCypherIsNotRepeatedInTheNotFoundAnswer() {
        Http.Answer answer = send(Role.VIEWER, "{ referralReach(partnerId: \"x' }) RETURN 1 UNION MATCH (n) RETURN n //\") { customers } }",
                Map.of());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.classification()).isEqualTo("NOT_FOUND");
        String message = answer.json().at("/errors/0/message").asString();
        assertThat(message).startsWith("no partner with id ").contains("not repeated: it reads like code")
                .doesNotContain("MATCH").doesNotContain("RETURN").doesNotContain("UNION");
        assertThat(AnswerRules.problems(answer)).isEmpty();
    }

    @Test
    void aMutationIdSpelledAsCypherIsRefusedNamingTheFieldWithoutRepeatingIt() {
        GraphSnapshot before = GraphSnapshot.of(driver);
        Http.Answer answer = send(Role.ADMIN, "mutation { removeFromShortlist(input: {prospectId: \"\\\"}) MATCH (n) DETACH DELETE n //\"})"
                + " { removedProspectId } }", Map.of());
        assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
        String message = answer.json().at("/errors/0/message").asString();
        assertThat(message).startsWith("'removeFromShortlist.input.prospectId': ").contains("is not a valid id (1-64 characters")
                .doesNotContain("MATCH").doesNotContain("DETACH");
        assertThat(AnswerRules.problems(answer)).isEmpty();
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void anInputObjectMissingARequiredFieldIsNamedWithoutGraphqlJavasDumpOfIt() {
        Http.Answer answer = send(Role.ADMIN, "mutation { upsertDeal(input: {customerId: \"C1\", amount: 1, outcome: WON,"
                + " createdOn: \"2024-01-01\"}) { errors { field } } }", Map.of());
        assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
        String message = answer.json().at("/errors/0/message").asString();
        assertThat(message).contains("input").contains("id").doesNotContain("ObjectValue").doesNotContain("ObjectField");
        assertThat(AnswerRules.problems(answer)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Neo.ClientError", "neo.transienterror.General", "NEO.x", "Neo.DatabaseError.General.UnknownError"})
    void anIdStartingWithNeoIsReservedInMutations(String id) {
        GraphSnapshot before = GraphSnapshot.of(driver);
        Http.Answer answer = send(Role.ADMIN, UPSERT_PARTNER,
                Map.of("input", Map.of("id", id, "name", "Looks like a code", "type", "TECHNOLOGY")));
        assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
        assertThat(answer.json().at("/errors/0/message").asString())
                .isEqualTo("'upsertPartner.input.id': an id starting with 'Neo.' is reserved: it reads like a database status code;"
                        + " use another id (1-64 characters of letters A-Z a-z, digits and _ - . :, not starting with Neo.)");
        assertThat(answer.body()).doesNotContain(id);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
        // An id that merely contains the word elsewhere is an ordinary id.
        assertThat(send(Role.ADMIN, UPSERT_PARTNER, Map.of("input", Map.of("id", "P.Neo.1", "name", "Fine", "type", "TECHNOLOGY")))
                .json().at("/data/upsertPartner/partner/id").asString()).isEqualTo("P.Neo.1");
    }

    @Test
    void anIdStartingWithNeoIsReservedInTheImport(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("partners.csv"), "id,name,type,status,tier,region,industries,employees,certified_staff,"
                + "signed_on,portal_logins_90d,trainings_completed,content_downloads_90d,hourly_rate\n"
                + "Neo.ClientError,Looks like a code,strategic,active,gold,NA,software,10,1,2021-03-01,1,1,1,100\n");
        GraphSnapshot before = GraphSnapshot.of(driver);
        ImportReport report = importService.importFolder(folder, null, EcosystemImporter.Progress.NONE);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).singleElement().hasToString("partners.csv:2: id: an id starting with 'Neo.' is reserved:"
                + " it reads like a database status code; use another id (1-64 characters of letters A-Z a-z, digits and _ - . :,"
                + " not starting with Neo.)");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void theStoredIdCheckReportsIdsStartingWithNeo() {
        ServiceData.run(driver, "partner-with-id", Map.of("id", "Neo.ClientError", "name", "Stored before the rule"));
        assertThat(storedIds.offenders(10)).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("Neo.ClientError");
            assertThat(o.reason()).contains("reserved");
        });
    }
}
