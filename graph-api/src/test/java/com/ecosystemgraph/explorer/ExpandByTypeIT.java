package com.ecosystemgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code neighbourhood(types, direction)} on the hand-written fixture (graph-api/src/test/resources/ecosystem/small).
 * By hand, P4's relationships: P5 referred P4 (REFERRED in), P4 referred Q1 (REFERRED out), P4 sourced D2
 * (SOURCED out), investments V3 and V4 are in P4 (IN, into P4). The answer holds only the asked types,
 * followed only the asked way, and nothing else.
 */
@ServiceTest(role = Role.VIEWER, fixture = ServiceTest.SMALL_ECOSYSTEM)
class ExpandByTypeIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response expand(String id, List<String> types, String direction, int depth) {
        var request = graphQl.documentName("neighbourhood").variable("ids", List.of(id)).variable("depth", depth);
        if (types != null) {
            request = request.variable("types", types);
        }
        if (direction != null) {
            request = request.variable("direction", direction);
        }
        return request.execute();
    }

    private static List<String> ids(GraphQlTester.Response response) {
        return response.path("neighbourhood.nodes[*].id").entityList(String.class).get();
    }

    private static List<String> edges(GraphQlTester.Response response) {
        return response.path("neighbourhood.edges[*].id").entityList(String.class).get();
    }

    @Test
    void referredOutShowsOnlyWhomTheNodeReferred() {
        var out = expand("Partner:P4", List.of("REFERRED"), "OUT", 1);
        assertThat(ids(out)).containsExactlyInAnyOrder("Partner:P4", "Partner:Q1");
        assertThat(edges(out)).containsExactly("REFERRED:Partner:P4->Partner:Q1");
        out.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void referredInShowsOnlyWhoReferredTheNode() {
        var in = expand("Partner:P4", List.of("REFERRED"), "IN", 1);
        assertThat(ids(in)).containsExactlyInAnyOrder("Partner:P4", "Partner:P5");
        assertThat(edges(in)).containsExactly("REFERRED:Partner:P5->Partner:P4");
    }

    @Test
    void severalTypesBothWaysAndTheDefaultOfEverything() {
        var dealsAndInvestments = expand("Partner:P4", List.of("SOURCED", "IN"), null, 1);
        assertThat(dealsAndInvestments.path("neighbourhood.nodes[*].kind").entityList(String.class).get())
                .containsExactlyInAnyOrder("PARTNER", "DEAL", "INVESTMENT", "INVESTMENT");
        assertThat(dealsAndInvestments.path("neighbourhood.edges[*].type").entityList(String.class).get())
                .containsExactlyInAnyOrder("SOURCED", "IN", "IN");
        // Out of P4 only: the investments point into it, so only the deal it sourced remains.
        assertThat(ids(expand("Partner:P4", List.of("SOURCED", "IN"), "OUT", 1))).containsExactlyInAnyOrder("Partner:P4", "Deal:D2");
        // No types and no direction: every neighbour, as before.
        assertThat(ids(expand("Partner:P4", null, null, 1))).hasSize(6);
    }

    @Test
    void aReferralChainFollowsOnlyReferralsOutwardsOverSeveralHops() {
        // P5 referred P4, who referred Q1; Q1 serves C3, which a REFERRED-only expansion must not bring in.
        var chain = expand("Partner:P5", List.of("REFERRED"), "OUT", 3);
        assertThat(ids(chain)).containsExactlyInAnyOrder("Partner:P5", "Partner:P4", "Partner:Q1");
        assertThat(edges(chain)).containsExactlyInAnyOrder("REFERRED:Partner:P5->Partner:P4", "REFERRED:Partner:P4->Partner:Q1");
    }

    @Test
    void hiddenNeighboursCountOnlyTheAskedRelationships() {
        var capped = graphQl.documentName("neighbourhood").variable("ids", List.of("Partner:P4")).variable("perNodeLimit", 1)
                .variable("types", List.of("IN")).variable("direction", "IN").execute();
        // two investments in P4, one shown: one hidden (not the 4 other neighbours of other types)
        capped.path("neighbourhood.nodes[?(@.id == 'Partner:P4')].hiddenNeighbours").entityList(Integer.class).containsExactly(1);
        capped.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void anUnknownRelationshipTypeIsABadRequestNamingTheArgument() {
        graphQl.document("{ neighbourhood(ids: [\"P4\"], types: [LIKES]) { nodes { id } } }").execute().errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                assertThat(e.getMessage()).contains("types").contains("LIKES");
            });
        });
        graphQl.documentName("neighbourhood").variable("ids", List.of("P4")).variable("types", List.of("LIKES")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("types").contains("LIKES");
                    assertThat(e.getMessage()).doesNotContain("graphql.", "Exception");
                }));
    }
}
