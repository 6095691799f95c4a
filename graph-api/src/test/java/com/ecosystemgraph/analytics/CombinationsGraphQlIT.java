package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Partner triples and integration pairs through the API, as a viewer, on cypher/fixtures/analytics/combinations.cypher. */
@ServiceTest
class CombinationsGraphQlIT {

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
        ServiceData.run(driver, "analytics/combinations", Map.of());
    }

    @Test
    void triples() {
        graphQl.documentName("analytics-combinations").variable("size", 3).variable("minSupport", 5).execute()
                .path("valueCombinations.size").entity(Integer.class).isEqualTo(3)
                .path("valueCombinations.tested").entity(Integer.class).isEqualTo(1)
                .path("valueCombinations.combinations[0].members[*].id").entityList(String.class).containsExactly("A1", "B1", "C1")
                .path("valueCombinations.combinations[0].won").entity(Integer.class).isEqualTo(5)
                .path("valueCombinations.combinations[0].pairs[0].ids").entityList(String.class).containsExactly("A1", "B1")
                .path("valueCombinations.combinations[0].pairs[0].winRate").entity(Double.class).isEqualTo(0.5)
                .path("valueCombinations.combinations[0].liftOverBestPair").entity(Double.class)
                .satisfies(v -> assertThat(v).isCloseTo(5.0 / 3, org.assertj.core.api.Assertions.within(1e-9)));
        badRequest(graphQl.documentName("analytics-combinations").variable("size", 4).execute(),
                "size must be 2 (partner pairs) or 3 (partner triples), was 4");
        badRequest(graphQl.documentName("analytics-combinations").variable("size", 3).variable("minSupport", 1).execute(),
                "minSupport must be 2 to 10000 joint deals, was 1");
    }

    @Test
    void integrationPairs() {
        graphQl.documentName("analytics-integration-combinations").variable("minSupport", 2).execute()
                .path("integrationCombinations.tested").entity(Integer.class).isEqualTo(1)
                .path("integrationCombinations.customers").entity(Integer.class).isEqualTo(20)
                .path("integrationCombinations.combinations[0].members[*].id").entityList(String.class).containsExactly("I1", "I2")
                .path("integrationCombinations.combinations[0].members[0].partnerType").entity(String.class).isEqualTo("TECHNOLOGY")
                .path("integrationCombinations.combinations[0].members[1].retention").entity(Double.class).isEqualTo(0.4)
                .path("integrationCombinations.combinations[0].retention").entity(Double.class).isEqualTo(1.0)
                .path("integrationCombinations.combinations[0].expectedRetainedArr").entity(Double.class).isEqualTo(600_000.0);
        graphQl.documentName("analytics-integration-combinations").variable("minSupport", 2)
                .variable("filter", Map.of("asOf", "2026-02-01")).variable("outcome", "NPS").execute()
                .path("integrationCombinations.tested").entity(Integer.class).isEqualTo(0)
                .path("integrationCombinations.combinations").entityList(Object.class).hasSize(0);
        badRequest(graphQl.documentName("analytics-integration-combinations").variable("minSupport", 0).execute(),
                "minSupport must be 2 to 10000 joint customers, was 0");
        graphQl.documentName("analytics-integration-combinations").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }

    private static void badRequest(org.springframework.graphql.test.tester.GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(e.getMessage()).isEqualTo(message);
        }));
    }
}
