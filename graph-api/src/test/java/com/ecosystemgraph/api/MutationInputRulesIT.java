package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.GraphSnapshot;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every mutation input type against each kind of row rule its fields have (vocabulary, list
 * vocabulary, range of whole numbers and of amounts, required, text length, rules across fields,
 * references): the payload names the field, says the rule in the import's words, and nothing is
 * written. Ids and control characters are refused earlier, as BAD_REQUEST (InputRulesIT).
 */
@ServiceTest(role = Role.ADMIN, fixture = ServiceTest.SMALL_ECOSYSTEM)
class MutationInputRulesIT {

    @SignedIn
    HttpGraphQlTester admin;

    @Autowired
    Driver driver;

    private static Map<String, Object> partner(String field, Object value) {
        Map<String, Object> input = new HashMap<>(Map.of("id", "P9", "name", "Nova", "type", "TECHNOLOGY"));
        input.put(field, value);
        return input;
    }

    private static Map<String, Object> customer(String field, Object value) {
        Map<String, Object> input = new HashMap<>(Map.of("id", "C9", "name", "Wayne"));
        input.put(field, value);
        return input;
    }

    private static Map<String, Object> integration(String field, Object value) {
        Map<String, Object> input = new HashMap<>(Map.of("id", "I9", "partnerId", "P2", "name", "Sync", "depth", 2));
        input.put(field, value);
        return input;
    }

    private static Map<String, Object> deal(String field, Object value) {
        Map<String, Object> input = new HashMap<>(Map.of("id", "D9", "customerId", "C2", "amount", 1000, "outcome", "OPEN",
                "createdOn", "2024-02-01", "source", "DIRECT"));
        input.put(field, value);
        return input;
    }

    private static Map<String, Object> investment(String field, Object value) {
        Map<String, Object> input = new HashMap<>(Map.of("id", "V9", "partnerId", "P1", "kind", "SUPPORT", "amount", 10,
                "spentOn", "2024-01-01"));
        input.put(field, value);
        return input;
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                // document, operation, input, field, message (start), code
                Arguments.of("upsertPartner", null, partner("region", "Atlantis"), "region", "'Atlantis' is not a known ", "INVALID"),
                Arguments.of("upsertPartner", null, partner("industries", List.of("retail", "Basket weaving")), "industries",
                        "'Basket weaving' is not a known ", "INVALID"),
                Arguments.of("upsertPartner", null, partner("name", "   "), "name", "required value is missing", "INVALID"),
                Arguments.of("upsertPartner", null, partner("certifiedStaff", -1), "certifiedStaff",
                        "'-1' is outside the allowed range (at least 0)", "INVALID"),
                Arguments.of("upsertPartner", null, partner("hourlyRate", -0.5), "hourlyRate",
                        "'-0.5' is outside the allowed range (at least 0)", "INVALID"),
                Arguments.of("otherMutations", "upsertCustomer", customer("industry", "Basket weaving"), "industry",
                        "'Basket weaving' is not a known ", "INVALID"),
                Arguments.of("otherMutations", "upsertCustomer", customer("arr", -1), "arr",
                        "'-1.0' is outside the allowed range (at least 0)", "INVALID"),
                Arguments.of("otherMutations", "upsertCustomer", customer("name", "W".repeat(201)), "name",
                        "a text of 201 characters is too long (at most 200)", "INVALID"),
                Arguments.of("otherMutations", "upsertIntegration", integration("depth", 4), "depth", "'4' is outside 1..3", "INVALID"),
                Arguments.of("otherMutations", "upsertIntegration", integration("partnerId", "P404"), "partnerId",
                        "no partner has the id 'P404'", "NOT_FOUND"),
                Arguments.of("otherMutations", "recordIntegrationUsage", Map.of("customerId", "C1", "integrationId", "I404"),
                        "integrationId", "no integration has the id 'I404'", "NOT_FOUND"),
                Arguments.of("upsertDeal", null, deal("amount", -1), "amount", "'-1.0' is outside the allowed range (at least 0)",
                        "INVALID"),
                Arguments.of("upsertDeal", null, deal("stage", "Signed in blood"), "stage", "'Signed in blood' is not a known ",
                        "INVALID"),
                Arguments.of("upsertDeal", null, deal("closedOn", "2024-01-01"), "closedOn",
                        "closed on 2024-01-01 before it was created on 2024-02-01", "INVALID"),
                Arguments.of("upsertDeal", null, deal("customerId", "C404"), "customerId", "no customer has the id 'C404'", "NOT_FOUND"),
                Arguments.of("upsertDeal", null,
                        deal("partners", List.of(Map.of("partnerId", "P1", "role", "SOURCED", "partnerHours", -2))),
                        "partners[0].partnerHours", "'-2.0' is outside the allowed range (at least 0)", "INVALID"),
                Arguments.of("otherMutations", "recordInvestment", investment("amount", -5), "amount",
                        "'-5.0' is outside the allowed range (at least 0)", "INVALID"),
                Arguments.of("otherMutations", "recordInvestment", investment("hours", -1), "hours",
                        "'-1.0' is outside the allowed range (at least 0)", "INVALID"),
                Arguments.of("otherMutations", "recordReferral",
                        Map.of("referrerId", "P404", "referredId", "Q1", "referredOn", "2024-07-01"),
                        "referrerId", "no partner or customer has the id 'P404'", "NOT_FOUND"));
    }

    @ParameterizedTest(name = "{1} {0}: {3}")
    @MethodSource("brokenRules")
    void aBrokenRuleNamesTheFieldAndWritesNothing(String document, String operation, Map<String, Object> input, String field,
            String message, String code) {
        String root = operation != null ? operation : document;
        GraphSnapshot before = GraphSnapshot.of(driver);

        var response = admin.documentName(document).operationName(operation).variable("input", input).execute();

        response.errors().verify();
        response.path(root + ".errors[0].field").entity(String.class).isEqualTo(field)
                .path(root + ".errors[0].code").entity(String.class).isEqualTo(code)
                .path(root + ".errors[0].message").entity(String.class).satisfies(m -> assertThat(m).startsWith(message));
        response.path(root + ".errors").entityList(Object.class).hasSize(1);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void aDealPartnerFieldLeftOutKeepsItsValueAndNullClearsIt() {
        Map<String, Object> input = deal("partners", List.of(Map.of("partnerId", "P1", "role", "CO_SOLD",
                "registrationStage", "LATE_STAGE")));
        admin.documentName("upsertDeal").variable("input", input).execute()
                .path("upsertDeal.deal.partners[0].registrationStage").entity(String.class).isEqualTo("LATE_STAGE");

        input.put("partners", List.of(Map.of("partnerId", "P1", "role", "CO_SOLD")));
        admin.documentName("upsertDeal").variable("input", input).execute()
                .path("upsertDeal.errors").entityList(Object.class).hasSize(0)
                .path("upsertDeal.deal.partners[0].registrationStage").entity(String.class).isEqualTo("LATE_STAGE");

        Map<String, Object> cleared = new HashMap<>(Map.of("partnerId", "P1", "role", "CO_SOLD"));
        cleared.put("registrationStage", null);
        input.put("partners", List.of(cleared));
        admin.documentName("upsertDeal").variable("input", input).execute()
                .path("upsertDeal.errors").entityList(Object.class).hasSize(0)
                .path("upsertDeal.deal.partners[0].registrationStage").valueIsNull();
    }

    @Test
    void aCustomerFieldLeftOutKeepsItsValueAndNullClearsIt() {
        admin.documentName("otherMutations").operationName("upsertCustomer").variable("input", customer("nps", 40)).execute()
                .path("upsertCustomer.customer.nps").entity(Integer.class).isEqualTo(40);
        admin.documentName("otherMutations").operationName("upsertCustomer").variable("input", customer("segment", "SMB")).execute()
                .path("upsertCustomer.customer.segment").entity(String.class).isEqualTo("SMB")
                .path("upsertCustomer.customer.nps").entity(Integer.class).isEqualTo(40);
        admin.documentName("otherMutations").operationName("upsertCustomer").variable("input", customer("nps", null)).execute()
                .path("upsertCustomer.customer.nps").valueIsNull()
                .path("upsertCustomer.customer.segment").entity(String.class).isEqualTo("SMB");
    }
}
