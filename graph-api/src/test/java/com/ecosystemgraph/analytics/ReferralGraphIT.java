package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code referralStructure.graph} on the analytics fixture, whose referrals are P5 -> P1 -> {P3, C3, Q1}
 * (Q1 a prospect, C3 a customer): five entities, four referrals, one community, P1 the only bridge and
 * reversed PageRank highest at P5, then P1, then the three leaves (tied, so by id: C3, P3, Q1).
 */
@ServiceTest
class ReferralGraphIT {

    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Autowired
    void signIn(HttpGraphQlTester anonymous) {
        graphQl = Users.as(anonymous, Role.VIEWER);
    }

    @BeforeEach
    void fixture() {
        ServiceData.clear(driver);
        ServiceData.run(driver, "analytics/small-ecosystem", Map.of());
    }

    @Test
    void theWholeNetworkWithCommunityInfluenceAndBridges() {
        var response = graphQl.documentName("analytics-referral-graph").execute();
        response.path("referralStructure.graph.total").entity(Integer.class).isEqualTo(5)
                .path("referralStructure.graph.truncated").entity(Boolean.class).isEqualTo(false)
                .path("referralStructure.graph.nodes[*].id").entityList(String.class)
                .containsExactly("Partner:P5", "Partner:P1", "Customer:C3", "Partner:P3", "Partner:Q1")
                .path("referralStructure.graph.nodes[2].kind").entity(String.class).isEqualTo("CUSTOMER")
                .path("referralStructure.graph.nodes[4].prospect").entity(Boolean.class).isEqualTo(true)
                .path("referralStructure.graph.nodes[0].prospect").entity(Boolean.class).isEqualTo(false)
                .path("referralStructure.graph.edges").entityList(Object.class).hasSize(4);
        List<Map<String, Object>> nodes = response.path("referralStructure.graph.nodes")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        // one community of all five, with the same id the communities list gives
        int community = response.path("referralStructure.communities[0].communityId").entity(Integer.class).get();
        assertThat(nodes).allSatisfy(n -> assertThat(((Number) n.get("community")).intValue()).isEqualTo(community));
        // P1 is the only node between others
        assertThat(nodes)
                .allSatisfy(n -> assertThat(((Number) n.get("betweenness")).doubleValue() > 0).isEqualTo(n.get("id").equals("Partner:P1")));
        assertThat(((Number) nodes.get(0).get("influence")).doubleValue())
                .isGreaterThan(((Number) nodes.get(1).get("influence")).doubleValue());
        List<Map<String, Object>> edges = response.path("referralStructure.graph.edges")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        assertThat(edges).extracting(e -> e.get("source") + ">" + e.get("target"))
                .containsExactlyInAnyOrder("Partner:P5>Partner:P1", "Partner:P1>Partner:P3", "Partner:P1>Customer:C3",
                        "Partner:P1>Partner:Q1");
    }

    @Test
    void aCapKeepsTheMostInfluentialAndTheReferralsBetweenThem() {
        graphQl.documentName("analytics-referral-graph").variable("graphLimit", 3).execute()
                .path("referralStructure.graph.total").entity(Integer.class).isEqualTo(5)
                .path("referralStructure.graph.truncated").entity(Boolean.class).isEqualTo(true)
                .path("referralStructure.graph.nodes[*].id").entityList(String.class)
                .containsExactly("Partner:P5", "Partner:P1", "Customer:C3")
                .path("referralStructure.graph.edges[*].target").entityList(String.class)
                .satisfies(targets -> assertThat(targets).containsExactlyInAnyOrder("Partner:P1", "Customer:C3"));
        graphQl.documentName("analytics-referral-graph").variable("graphLimit", 0).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("'graphLimit' must be between 1 and 5000, got 0");
                }));
    }
}
