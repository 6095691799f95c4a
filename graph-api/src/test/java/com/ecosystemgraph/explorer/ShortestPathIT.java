package com.ecosystemgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code shortestPath} on the hand-written fixture (graph-api/src/test/resources/ecosystem/small). By hand:
 * P3 reaches P1 only through C3 (or D3), Q1 (P3 and Q1 serve C3), P4 (which referred Q1), D2 (P4 sourced
 * it), C2 (D2 is for C2, P1 serves C2): 6 hops, and P4 with 5 relationships is on every such path.
 */
@ServiceTest(role = Role.VIEWER, fixture = ServiceTest.SMALL_ECOSYSTEM)
class ShortestPathIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Test
    void findsAPathThroughNodesInTheNeighbourhoodShape() {
        var twoHops = graphQl.documentName("shortestPath").variable("from", "Partner:P2").variable("to", "C4").execute();
        twoHops.path("shortestPath.path.hops").entity(Integer.class).isEqualTo(2)
                .path("shortestPath.path.nodes[0].id").entity(String.class).isEqualTo("Partner:P2")
                .path("shortestPath.path.nodes[1].kind").entity(String.class).isEqualTo("INTEGRATION")
                .path("shortestPath.path.nodes[2].id").entity(String.class).isEqualTo("Customer:C4")
                .path("shortestPath.path.nodes[2].degree").entity(Integer.class).isEqualTo(3)
                .path("shortestPath.explanation").entity(String.class).isEqualTo("2 hops from Bolt Integrations to Stark Manufacturing.");
        String integration = twoHops.path("shortestPath.path.nodes[1].id").entity(String.class).get();
        // Edges keep their own direction and the neighbourhood's ids, so the client merges them.
        twoHops.path("shortestPath.path.edges[*].id").entityList(String.class)
                .containsExactly("BUILT_BY:" + integration + "->Partner:P2", "USES:Customer:C4->" + integration);

        var six = graphQl.documentName("shortestPath").variable("from", "P3").variable("to", "P1").execute();
        six.path("shortestPath.path.hops").entity(Integer.class).isEqualTo(6)
                .path("shortestPath.path.nodes[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).hasSize(7).startsWith("Partner:P3").endsWith("Partner:P1")
                        .contains("Partner:Q1", "Partner:P4", "Deal:D2", "Customer:C2"));
    }

    @Test
    void allShortestPathsGivesEveryEquallyShortRouteUpToTheCap() {
        // P2 built I1 and I2, and C4 uses both: two routes of two hops.
        var all = graphQl.documentName("shortestPath").variable("from", "P2").variable("to", "C4").variable("all", true).execute();
        all.path("shortestPath.paths[*].hops").entityList(Integer.class).containsExactly(2, 2)
                .path("shortestPath.paths[*].nodes[1].id").entityList(String.class)
                .satisfies(middle -> assertThat(middle).containsExactlyInAnyOrder("Integration:I1", "Integration:I2"))
                .path("shortestPath.path.nodes[1].id").entity(String.class).isEqualTo("Integration:I1")
                .path("shortestPath.explanation").entity(String.class)
                .isEqualTo("2 shortest paths of 2 hops from Bolt Integrations to Stark Manufacturing.");
        // Without 'all' one path, in 'paths' too.
        graphQl.documentName("shortestPath").variable("from", "P2").variable("to", "C4").execute()
                .path("shortestPath.paths[*].hops").entityList(Integer.class).containsExactly(2);
        // The cap: one shown, and the explanation says more exist.
        graphQl.documentName("shortestPath").variable("from", "P2").variable("to", "C4").variable("all", true).variable("maxPaths", 1)
                .execute().path("shortestPath.paths[*].hops").entityList(Integer.class).containsExactly(2)
                .path("shortestPath.explanation").entity(String.class)
                .isEqualTo("At least 2 shortest paths of 2 hops from Bolt Integrations to Stark Manufacturing; the first is shown.");
        // Through hubs or not: P4 (5 relationships) is on every route from P3 to P1.
        graphQl.documentName("shortestPath").variable("from", "P3").variable("to", "P1").variable("all", true).execute()
                .path("shortestPath.paths").entityList(Object.class).hasSizeGreaterThan(1)
                .path("shortestPath.paths[*].nodes[*].id").entityList(String.class).contains("Partner:P4");
        graphQl.documentName("shortestPath").variable("from", "P3").variable("to", "P1").variable("all", true).variable("maxDegree", 4)
                .execute().path("shortestPath.paths").entityList(Object.class).hasSize(0)
                .path("shortestPath.path").valueIsNull();
    }

    @Test
    void explainsWhenNoPathIsWithinTheLimits() {
        graphQl.documentName("shortestPath").variable("from", "P3").variable("to", "P1").variable("maxHops", 5).execute()
                .path("shortestPath.path").valueIsNull()
                .path("shortestPath.explanation").entity(String.class)
                .satisfies(t -> assertThat(t).contains("at most 5 hops").contains("the shortest is 6 hops"));
        // P4 (5 relationships) is on every path: as a hub it blocks them all.
        graphQl.documentName("shortestPath").variable("from", "P3").variable("to", "P1").variable("maxDegree", 4).execute()
                .path("shortestPath.path").valueIsNull()
                .path("shortestPath.explanation").entity(String.class).satisfies(t -> assertThat(t).contains("more than 4 relationships"));
        // Only through customers: P3's only customer C3 leads to no other customer-only route.
        graphQl.documentName("shortestPath").variable("from", "P3").variable("to", "P1").variable("kinds", List.of("CUSTOMER")).execute()
                .path("shortestPath.path").valueIsNull();
        graphQl.documentName("shortestPath").variable("from", "P1").variable("to", "Partner:P1").execute()
                .path("shortestPath.path.hops").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void unknownIdsAndBadLimitsAreUserErrors() {
        graphQl.documentName("shortestPath").variable("from", "P1").variable("to", "NOPE").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(e.getMessage()).contains("'to'").contains("NOPE");
                }));
        graphQl.documentName("shortestPath").variable("from", "P1").variable("to", "P2").variable("maxHops", 11).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("'maxHops' must be between 1 and 10, got 11")));
    }
}
