package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every query of the API on the hand-written fixture ecosystem, checked against what the CSV files say. */
@ServiceTest(role = Role.VIEWER, fixture = ServiceTest.SMALL_ECOSYSTEM)
class QueryApiIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Test
    void aPartnerWithEveryNestedField() {
        var response = graphQl.documentName("partnerGraph").variable("id", "P1").execute();

        response.path("partner.deals.totalCount").entity(Integer.class).isEqualTo(1)
                .path("partner.deals.edges[0].role").entity(String.class).isEqualTo("CO_SOLD")
                .path("partner.deals.edges[0].registrationStage").entity(String.class).isEqualTo("BEFORE_CONTACT")
                .path("partner.deals.edges[0].partnerHours").entity(Double.class).isEqualTo(40.0)
                .path("partner.deals.edges[0].node.id").entity(String.class).isEqualTo("D1")
                .path("partner.deals.edges[0].node.daysToClose").entity(Integer.class).isEqualTo(51)
                .path("partner.deals.edges[0].node.customer.id").entity(String.class).isEqualTo("C1")
                .path("partner.customers.totalCount").entity(Integer.class).isEqualTo(2)
                .path("partner.customers.edges[*].node.id").entityList(String.class).containsExactly("C1", "C2")
                .path("partner.integrations[*].id").entityList(String.class).containsExactly("I3")
                .path("partner.investments[*].id").entityList(String.class).containsExactly("V1")
                .path("partner.referrals[0].referred.__typename").entity(String.class).isEqualTo("Customer")
                .path("partner.referrals[0].referred.id").entity(String.class).isEqualTo("C2")
                .path("partner.referrals[0].referredOn").entity(String.class).isEqualTo("2020-12-12");
        graphQl.documentName("partnerGraph").variable("id", "P2").execute()
                .path("partner.referredBy[0].referrer.__typename").entity(String.class).isEqualTo("Customer")
                .path("partner.referredBy[0].referrer.id").entity(String.class).isEqualTo("C1");
        graphQl.documentName("partnerGraph").variable("id", "P4").variable("roles", List.of("INFLUENCED")).execute()
                .path("partner.deals.totalCount").entity(Integer.class).isEqualTo(0)
                .path("partner.investments[*].id").entityList(String.class).containsExactly("V4", "V3");
    }

    @Test
    void aCustomerWithEveryNestedField() {
        graphQl.documentName("customerGraph").variable("id", "C1").execute()
                .path("customer.segment").entity(String.class).isEqualTo("ENTERPRISE")
                .path("customer.arr").entity(Double.class).isEqualTo(250000.5)
                .path("customer.deals.totalCount").entity(Integer.class).isEqualTo(2)
                .path("customer.deals.edges[0].node.partners[*].partner.id").entityList(String.class).containsExactly("P1", "P2")
                .path("customer.partners[*].id").entityList(String.class).containsExactly("P1")
                .path("customer.integrations[0].partner.id").entity(String.class).isEqualTo("P1")
                .path("customer.integrations[0].customers.totalCount").entity(Integer.class).isEqualTo(1)
                .path("customer.referrals[0].referred.id").entity(String.class).isEqualTo("P2");
    }

    @Test
    void dealsFilterOrderAndAggregate() {
        graphQl.documentName("deals").variable("filter", Map.of("outcomes", List.of("WON"))).execute()
                .path("deals.totalCount").entity(Integer.class).isEqualTo(3)
                .path("dealStats.count").entity(Integer.class).isEqualTo(3)
                .path("dealStats.wonAmount").entity(Double.class).isEqualTo(270000.0)
                .path("dealStats.winRate").entity(Double.class).isEqualTo(1.0);
        graphQl.documentName("deals").variable("filter", Map.of()).execute()
                .path("dealStats.won").entity(Integer.class).isEqualTo(3)
                .path("dealStats.lost").entity(Integer.class).isEqualTo(1)
                .path("dealStats.open").entity(Integer.class).isEqualTo(1)
                .path("dealStats.winRate").entity(Double.class).isEqualTo(0.75)
                .path("dealStats.totalAmount").entity(Double.class).isEqualTo(315000.0);
        graphQl.documentName("deals").variable("filter", Map.of("createdFrom", "2024-02-01", "createdTo", "2024-05-01",
                "minAmount", 50000))
                .variable("orderBy", Map.of("field", "AMOUNT", "direction", "DESC")).execute()
                .path("deals.edges[*].node.id").entityList(String.class).containsExactly("D3", "D5");
        graphQl.documentName("deals").variable("filter", Map.of("partnerIds", List.of("P2", "P4"))).execute()
                .path("deals.edges[*].node.id").entityList(String.class).containsExactly("D1", "D2");
        graphQl.documentName("deals").variable("filter", Map.of("customerIds", List.of("C1")))
                .variable("orderBy", Map.of("field", "CREATED_ON", "direction", "DESC")).execute()
                .path("deals.edges[*].node.id").entityList(String.class).containsExactly("D5", "D1");
        graphQl.documentName("deals").variable("filter", Map.of("outcomes", List.of("OPEN"), "sources", List.of("CO_SOLD"))).execute()
                .path("dealStats.count").entity(Integer.class).isEqualTo(0)
                .path("dealStats.winRate").valueIsNull()
                .path("dealStats.averageAmount").valueIsNull();
    }

    @Test
    void aReversedDateRangeIsABadRequest() {
        graphQl.documentName("deals").variable("filter", Map.of("createdFrom", "2024-05-01", "createdTo", "2024-01-01")).execute()
                .errors().satisfy(errors -> assertThat(errors).allSatisfy(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).isEqualTo("filter.createdTo (2024-01-01) is before filter.createdFrom (2024-05-01)");
                }));
    }

    @Test
    void partnersAndCustomersFilterAndOrder() {
        graphQl.documentName("partnersFiltered").variable("filter", Map.of("statuses", List.of("PROSPECT"))).execute()
                .path("partners.edges[*].node.id").entityList(String.class).containsExactly("Q1");
        graphQl.documentName("partnersFiltered").variable("filter", Map.of("types", List.of("SERVICES", "TECHNOLOGY"),
                "regions", List.of("EMEA"))).execute()
                .path("partners.edges[*].node.id").entityList(String.class).containsExactly("P2", "Q1");
        graphQl.documentName("partnersFiltered").variable("filter", Map.of("industry", "finance", "nameContains", "PATH")).execute()
                .path("partners.edges[*].node.id").entityList(String.class).containsExactly("P3");
        graphQl.documentName("partnersFiltered").variable("orderBy", Map.of("field", "EMPLOYEES", "direction", "DESC")).execute()
                .path("partners.edges[*].node.id").entityList(String.class).containsExactly("P1", "P2", "Q1", "P3", "P4", "P5");
        graphQl.documentName("partnersFiltered").variable("filter", Map.of("tiers", List.of("GOLD", "PLATINUM")))
                .variable("orderBy", Map.of("field", "NAME")).execute()
                .path("partners.totalCount").entity(Integer.class).isEqualTo(2)
                .path("partners.edges[*].node.id").entityList(String.class).containsExactly("P1", "P2");
        graphQl.documentName("customers").variable("filter", Map.of("segments", List.of("ENTERPRISE"), "churned", false)).execute()
                .path("customers.edges[*].node.id").entityList(String.class).containsExactly("C1");
        graphQl.documentName("customers").variable("orderBy", Map.of("field", "ARR", "direction", "DESC")).execute()
                .path("customers.edges[*].node.id").entityList(String.class).containsExactly("C3", "C1", "C2", "C4");
    }

    @Test
    void pagingInAnyOrderVisitsEachElementOnce() {
        for (String field : List.of("NAME", "EMPLOYEES", "SIGNED_ON", "CERTIFIED_STAFF")) {
            for (String direction : List.of("ASC", "DESC")) {
                List<String> seen = new java.util.ArrayList<>();
                String after = null;
                boolean more = true;
                while (more) {
                    var response = graphQl.documentName("partnersFiltered").variable("first", 2).variable("after", after)
                            .variable("orderBy", Map.of("field", field, "direction", direction)).execute();
                    seen.addAll(response.path("partners.edges[*].node.id").entityList(String.class).get());
                    more = response.path("partners.pageInfo.hasNextPage").entity(Boolean.class).get();
                    after = response.path("partners.pageInfo.endCursor").entity(String.class).get();
                }
                assertThat(seen).as(field + " " + direction).hasSize(6).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void searchFindsPartnersProspectsAndCustomersByNamePrefix() {
        graphQl.documentName("search").variable("text", "acme clo").execute()
                .path("search[0].id").entity(String.class).isEqualTo("P1")
                .path("search[0].kind").entity(String.class).isEqualTo("PARTNER")
                .path("search[0].description").entity(String.class).isEqualTo("strategic partner, north_america");
        graphQl.documentName("search").variable("text", "fut").execute()
                .path("search[*].id").entityList(String.class).containsExactly("Q1")
                .path("search[0].description").entity(String.class).isEqualTo("services prospect, emea");
        graphQl.documentName("search").variable("text", "umbrella").execute()
                .path("search[0].kind").entity(String.class).isEqualTo("CUSTOMER");
        graphQl.documentName("search").variable("text", "\"(*:~").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("'text' needs at least one letter or digit")));
    }

    @Test
    void neighbourhoodReturnsNeighboursCapsThemAndReportsWhatIsHidden() {
        var one = graphQl.documentName("neighbourhood").variable("ids", List.of("P1")).execute();
        one.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
        assertThat(one.path("neighbourhood.nodes[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrder("Partner:P1", "Customer:C1", "Customer:C2", "Deal:D1", "Integration:I3", "Investment:V1");
        one.path("neighbourhood.edges[*].id").entityList(String.class)
                .contains("CO_SOLD:Partner:P1->Deal:D1", "SERVES:Partner:P1->Customer:C1", "REFERRED:Partner:P1->Customer:C2",
                        "BUILT_BY:Integration:I3->Partner:P1", "IN:Investment:V1->Partner:P1");

        graphQl.documentName("neighbourhood").variable("ids", List.of("Partner:P1")).variable("kinds", List.of("CUSTOMER"))
                .variable("perNodeLimit", 1).execute()
                .path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true)
                .path("neighbourhood.nodes[*].id").entityList(String.class).containsExactly("Partner:P1", "Customer:C1")
                .path("neighbourhood.nodes[0].hiddenNeighbours").entity(Integer.class).isEqualTo(1);

        assertThat(graphQl.documentName("neighbourhood").variable("ids", List.of("C4")).variable("depth", 2)
                .variable("kinds", List.of("INTEGRATION", "PARTNER")).execute()
                .path("neighbourhood.nodes[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrder("Customer:C4", "Integration:I1", "Integration:I2", "Partner:P2");

        graphQl.documentName("neighbourhood").variable("ids", List.of("P1")).variable("depth", 4).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("'depth' must be between 1 and 3, got 4")));
    }
}
