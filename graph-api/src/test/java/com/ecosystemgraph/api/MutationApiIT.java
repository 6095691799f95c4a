package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.GraphSnapshot;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every mutation: success, idempotence, validation through the import's rules, nothing half-written. */
@ServiceTest(role = Role.ADMIN, fixture = ServiceTest.SMALL_ECOSYSTEM)
class MutationApiIT {

    @SignedIn
    HttpGraphQlTester admin;
    @SignedIn(Role.RECRUITER)
    HttpGraphQlTester recruiter;

    @Autowired
    Driver driver;

    @Test
    void upsertPartnerCreatesThenUpdatesAndIsIdempotent() {
        Map<String, Object> input = new HashMap<>(Map.of("id", "P8", "name", "Nova Systems", "type", "TECHNOLOGY",
                "industries", List.of("retail", "software"), "employees", 250, "signedOn", "2024-03-01", "hourlyRate", 120.5));
        admin.documentName("upsertPartner").variable("input", input).execute()
                .path("upsertPartner.errors").entityList(Object.class).hasSize(0)
                .path("upsertPartner.partner.status").entity(String.class).isEqualTo("ACTIVE")
                .path("upsertPartner.partner.industries").entityList(String.class).containsExactly("retail", "software");
        GraphSnapshot once = GraphSnapshot.of(driver);
        admin.documentName("upsertPartner").variable("input", input).execute().path("upsertPartner.errors").entityList(Object.class)
                .hasSize(0);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(once);

        input.put("tier", "GOLD");
        input.put("hourlyRate", null);
        admin.documentName("upsertPartner").variable("input", input).execute()
                .path("upsertPartner.partner.tier").entity(String.class).isEqualTo("GOLD")
                .path("upsertPartner.partner.hourlyRate").valueIsNull()
                .path("upsertPartner.partner.employees").entity(Integer.class).isEqualTo(250);
    }

    @Test
    void invalidInputGetsEveryProblemAndWritesNothing() {
        GraphSnapshot before = GraphSnapshot.of(driver);
        admin.documentName("upsertPartner").variable("input", Map.of("id", "P9", "name", "Bad", "type", "REFERRAL",
                "employees", -5, "status", "PROSPECT", "signedOn", "2024-01-01")).execute()
                .path("upsertPartner.partner").valueIsNull()
                .path("upsertPartner.errors[*].field").entityList(String.class).containsExactly("employees", "signedOn")
                .path("upsertPartner.errors[0].message").entity(String.class).isEqualTo("'-5' is outside the allowed range (at least 0)")
                .path("upsertPartner.errors[0].code").entity(String.class).isEqualTo("INVALID");
        admin.documentName("otherMutations").operationName("recordInvestment").variable("input", Map.of("id", "V9",
                "partnerId", "P404", "kind", "MDF", "amount", 10, "spentOn", "2024-01-01")).execute()
                .path("recordInvestment.errors[0].field").entity(String.class).isEqualTo("partnerId")
                .path("recordInvestment.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND")
                .path("recordInvestment.errors[0].message").entity(String.class).isEqualTo("no partner has the id 'P404'");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void upsertDealSetsItsPartnersAndRollsBackWhenOneIsWrong() {
        Map<String, Object> deal = new HashMap<>(Map.of("id", "D9", "customerId", "C2", "amount", 50000, "outcome", "OPEN",
                "createdOn", "2024-10-01", "source", "CO_SOLD", "partners", List.of(
                        Map.of("partnerId", "P1", "role", "CO_SOLD", "registrationStage", "BEFORE_CONTACT"),
                        Map.of("partnerId", "P3", "role", "INFLUENCED"))));
        admin.documentName("upsertDeal").variable("input", deal).execute()
                .path("upsertDeal.deal.customer.id").entity(String.class).isEqualTo("C2")
                .path("upsertDeal.deal.partners[*].partner.id").entityList(String.class).containsExactly("P1", "P3")
                .path("upsertDeal.deal.partners[0].registrationStage").entity(String.class).isEqualTo("BEFORE_CONTACT");

        deal.put("partners", List.of(Map.of("partnerId", "P3", "role", "CO_SOLD")));
        admin.documentName("upsertDeal").variable("input", deal).execute()
                .path("upsertDeal.deal.partners[*].partner.id").entityList(String.class).containsExactly("P3")
                .path("upsertDeal.deal.partners[0].role").entity(String.class).isEqualTo("CO_SOLD");

        GraphSnapshot before = GraphSnapshot.of(driver);
        deal.put("amount", 99999);
        deal.put("partners", List.of(Map.of("partnerId", "P3", "role", "CO_SOLD"), Map.of("partnerId", "P404", "role", "SOURCED"),
                Map.of("partnerId", "P3", "role", "INFLUENCED")));
        admin.documentName("upsertDeal").variable("input", deal).execute()
                .path("upsertDeal.deal").valueIsNull()
                .path("upsertDeal.errors[*].field").entityList(String.class)
                .containsExactly("partners[1].partnerId", "partners[2].partnerId");
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void theOtherMutationsWriteThroughTheImportRules() {
        admin.documentName("otherMutations").operationName("upsertCustomer")
                .variable("input", Map.of("id", "C9", "name", "Wayne", "segment", "MID_MARKET", "nps", 30)).execute()
                .path("upsertCustomer.customer.segment").entity(String.class).isEqualTo("MID_MARKET");
        admin.documentName("otherMutations").operationName("upsertCustomer")
                .variable("input", Map.of("id", "C9", "name", "Wayne", "nps", 130)).execute()
                .path("upsertCustomer.errors[0].message").entity(String.class).isEqualTo("'130' is outside -100..100");
        admin.documentName("otherMutations").operationName("upsertIntegration")
                .variable("input", Map.of("id", "I9", "partnerId", "P3", "name", "Path Connector", "depth", 2)).execute()
                .path("upsertIntegration.integration.partner.id").entity(String.class).isEqualTo("P3");
        admin.documentName("otherMutations").operationName("recordIntegrationUsage")
                .variable("input", Map.of("customerId", "C9", "integrationId", "I9")).execute()
                .path("recordIntegrationUsage.integration.customers.totalCount").entity(Integer.class).isEqualTo(1);
        admin.documentName("otherMutations").operationName("recordInvestment")
                .variable("input",
                        Map.of("id", "V9", "partnerId", "P3", "kind", "SUPPORT", "amount", 1200.5, "spentOn", "2024-06-01", "hours", 12))
                .execute()
                .path("recordInvestment.investment.partner.id").entity(String.class).isEqualTo("P3")
                .path("recordInvestment.investment.amount").entity(Double.class).isEqualTo(1200.5);
        admin.documentName("otherMutations").operationName("recordReferral")
                .variable("input", Map.of("referrerId", "C9", "referredId", "Q1", "referredOn", "2024-07-01")).execute()
                .path("recordReferral.referral.referrer.id").entity(String.class).isEqualTo("C9")
                .path("recordReferral.referral.referred.id").entity(String.class).isEqualTo("Q1");
        admin.documentName("otherMutations").operationName("recordReferral")
                .variable("input", Map.of("referrerId", "Q1", "referredId", "Q1", "referredOn", "2024-07-01")).execute()
                .path("recordReferral.errors[0].message").entity(String.class).isEqualTo("'Q1' cannot refer itself");
    }

    @Test
    void deleteNodeCountsWhatWentAndRecruitersDeleteOnlyProspects() {
        recruiter.documentName("otherMutations").operationName("deleteNode")
                .variable("input", Map.of("kind", "CUSTOMER", "id", "C1")).execute()
                .path("deleteNode.deletedNodes").entity(Integer.class).isEqualTo(0)
                .path("deleteNode.errors[0].code").entity(String.class).isEqualTo("FORBIDDEN");
        recruiter.documentName("otherMutations").operationName("deleteNode")
                .variable("input", Map.of("kind", "PARTNER", "id", "Q1")).execute()
                .path("deleteNode.deletedNodes").entity(Integer.class).isEqualTo(1)
                .path("deleteNode.deletedRelationships").entity(Integer.class).isEqualTo(2);
        admin.documentName("otherMutations").operationName("deleteNode")
                .variable("input", Map.of("kind", "PARTNER", "id", "P1")).execute()
                .path("deleteNode.deletedRelationships").entity(Integer.class).isEqualTo(6);
        admin.documentName("otherMutations").operationName("deleteNode")
                .variable("input", Map.of("kind", "DEAL", "id", "P2")).execute()
                .path("deleteNode.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }

    @Test
    void recruitersChangeProspectsOnly() {
        recruiter.documentName("upsertPartner").variable("input", Map.of("id", "Q2", "name", "Prospect Two", "type", "SERVICES",
                "status", "PROSPECT")).execute()
                .path("upsertPartner.partner.status").entity(String.class).isEqualTo("PROSPECT");
        recruiter.documentName("upsertPartner").variable("input", Map.of("id", "P2", "name", "Bolt", "type", "TECHNOLOGY",
                "status", "PROSPECT")).execute()
                .path("upsertPartner.errors[0].code").entity(String.class).isEqualTo("FORBIDDEN");
        recruiter.documentName("upsertPartner").variable("input", Map.of("id", "Q3", "name", "Signed", "type", "SERVICES")).execute()
                .path("upsertPartner.errors[0].code").entity(String.class).isEqualTo("FORBIDDEN");
    }
}
