package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The four query shapes of the side-by-side bench (docs/benchmarks.md) each cost one Cypher statement:
 * the root field and its nested selection are read together. Counted by {@link CypherRunner}.
 */
@ServiceTest(role = Role.VIEWER)
class OneStatementIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    CypherRunner cypher;

    /** Statements the request ran (its assertions run inside; they read no database). */
    private long statements(Runnable request) {
        long before = cypher.executedStatements();
        request.run();
        return cypher.executedStatements() - before;
    }

    @Test
    void aPartnerWithItsCustomersAndIntegrationsIsOneStatement() {
        ServiceData.resetToFixture(driver, importService);
        long statements = statements(() -> graphQl.documentName("shapePartnerById").variable("id", "P1").execute()
                .path("partner.name").entity(String.class).isEqualTo("Acme Cloud, Inc.")
                .path("partner.industries").entityList(String.class).containsExactly("software", "retail")
                .path("partner.customers.edges[*].node.id").entityList(String.class).containsExactly("C1", "C2")
                .path("partner.customers.edges[0].node.segment").entity(String.class).isEqualTo("ENTERPRISE")
                .path("partner.integrations[*].id").entityList(String.class).containsExactly("I3")
                .path("partner.integrations[0].depth").entity(Integer.class).isEqualTo(2));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void aPageOfPartnersWithFiveSourcedDealsEachAndTheirCustomersIsOneStatement() {
        ServiceData.clear(driver);
        ServiceData.run(driver, "many-partners", Map.of("count", 60));
        var page = graphQl.documentName("shapePartnerListPage").variable("first", 20).execute();
        List<String> names = page.path("partners.edges[*].node.name").entityList(String.class).hasSize(20).get();
        assertThat(names).startsWith("Many 1", "Many 10", "Many 11").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        page.path("partners.edges[0].node.sourcedDeals.edges[*].node.id").entityList(String.class)
                .containsExactly("M0001-D1", "M0001-D2", "M0001-D3")
                .path("partners.edges[0].node.sourcedDeals.edges[2].node.customer.id").entity(String.class).isEqualTo("M0001-C3")
                .path("partners.edges[0].node.sourcedDeals.edges[2].node.amount").entity(Double.class).isEqualTo(3000.0);

        assertThat(statements(() -> graphQl.documentName("shapePartnerListPage").variable("first", 20).execute()
                .path("partners.edges").entityList(Object.class).hasSize(20))).isEqualTo(1);
        assertThat(statements(() -> graphQl.documentName("shapePartnerListPage").variable("first", 50).execute()
                .path("partners.edges").entityList(Object.class).hasSize(50))).isEqualTo(1);
    }

    @Test
    void partnersOfOneTypeAndRegionAreOneStatement() {
        ServiceData.clear(driver);
        ServiceData.run(driver, "many-partners", Map.of("count", 60));
        long before = cypher.executedStatements();
        var response = graphQl.documentName("shapePartnersByTypeRegion")
                .variable("type", "TECHNOLOGY").variable("region", "EMEA").variable("first", 50).execute();
        assertThat(cypher.executedStatements() - before).isEqualTo(1);
        assertThat(response.path("partners.edges[*].node.region").entityList(String.class).hasSize(20).get()).containsOnly("emea");
        response.path("partners.edges[0].node.status").entity(String.class).isEqualTo("ACTIVE");
    }

    @Test
    void aCustomerWithItsDealsAndEachDealsPartnersIsOneStatement() {
        ServiceData.resetToFixture(driver, importService);
        long statements = statements(() -> graphQl.documentName("shapeCustomerDeals").variable("id", "C1").execute()
                .path("customer.segment").entity(String.class).isEqualTo("ENTERPRISE")
                .path("customer.deals.edges[*].node.id").entityList(String.class).containsExactly("D1", "D5")
                .path("customer.deals.edges[0].node.partners[*].partner.id").entityList(String.class).containsExactly("P1", "P2")
                .path("customer.deals.edges[0].node.partners[*].role").entityList(String.class).containsExactly("CO_SOLD", "CO_SOLD")
                .path("customer.deals.edges[1].node.partners[0].partner.name").entity(String.class).isEqualTo("Echo Referrals"));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void totalsAndNextPagesAreAnsweredInTheSameStatementWhenAsked() {
        ServiceData.resetToFixture(driver, importService);
        long statements = statements(() -> graphQl.document("""
                { partner(id: "P1") { deals { totalCount } customers(first: 1) { totalCount pageInfo { hasNextPage } }
                                      won: deals(outcomes: [WON], first: 1) { totalCount pageInfo { hasNextPage } } } }""")
                .execute()
                .path("partner.deals.totalCount").entity(Integer.class).isEqualTo(1)
                .path("partner.customers.totalCount").entity(Integer.class).isEqualTo(2)
                .path("partner.customers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("partner.won.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void whatCannotBeJoinedKeepsItsBatchedStatement() {
        ServiceData.resetToFixture(driver, importService);
        // referredBy (a union's ends) is not joined: one statement for it, whatever the page size.
        long statements = statements(() -> graphQl.document("{ partners(first: 6) { edges { node { id referredBy { referredOn } } } } }")
                .execute().path("partners.edges[*].node.id").entityList(String.class).hasSize(6));
        assertThat(statements).isEqualTo(2);
    }
}
