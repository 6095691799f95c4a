package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** investmentPlan through the API, as a viewer, on cypher/fixtures/analytics/investment-plan.cypher (arithmetic: InvestmentPlanIT). */
@ServiceTest
class InvestmentPlanGraphQlIT {

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
        ServiceData.run(driver, "analytics/investment-plan", Map.of());
    }

    @Test
    void planAsAViewer() {
        graphQl.documentName("investment-plan").variable("budget", 500_000).execute()
                .path("investmentPlan.currentTotal").entity(Double.class).isEqualTo(500_000.0)
                .path("investmentPlan.partnersInPlan").entity(Integer.class).isEqualTo(5)
                .path("investmentPlan.ippModelVersion").entity(String.class).isEqualTo("fixture-1")
                .path("investmentPlan.partners[0].id").entity(String.class).isEqualTo("A")
                .path("investmentPlan.partners[0].type").entity(String.class).isEqualTo("RESELLER")
                .path("investmentPlan.partners[0].plannedInvestment").entity(Double.class)
                .satisfies(x -> assertThat(x).isCloseTo(288_381.74, within(0.01)))
                .path("investmentPlan.moves[0].from[*].id").entityList(String.class).containsExactly("D", "C", "E")
                .path("investmentPlan.moves[0].to[0].id").entity(String.class).isEqualTo("A")
                .path("investmentPlan.expectedUplift").entity(Double.class).satisfies(u -> assertThat(u).isCloseTo(197_797.2, within(0.1)))
                .path("investmentPlan.assumptions").entityList(String.class).satisfies(a -> assertThat(a).isNotEmpty())
                .path("investmentPlan.notes").entityList(String.class).hasSize(0);
        graphQl.documentName("investment-plan").variable("budget", 500_000)
                .variable("constraints", Map.of("partnerTypes", List.of("RESELLER"), "maxPerPartner", 300_000)).execute()
                .path("investmentPlan.partners[?(@.id == 'B')].held").entityList(Boolean.class).containsExactly(true);
    }

    @Test
    void badInputIsATypedError() {
        graphQl.documentName("investment-plan").variable("budget", -5).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo(
                            "investmentPlan: budget must be above 0 and at most 1e12 (the amount to allocate over the next 12 months), was -5.0");
                    assertThat(e.getPath()).isEqualTo("investmentPlan");
                }));
        graphQl.documentName("investment-plan").variable("budget", 500_000).variable("constraints", Map.of("keepCurrent", 2)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).startsWith("investmentPlan: constraints.keepCurrent must be 0 to 1");
                }));
        // schema validation: the budget is required
        graphQl.document("{ investmentPlan { budget } }").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage()).contains("budget")));
    }
}
