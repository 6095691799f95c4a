package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * performanceDrivers, the network-aware dilution, the like-for-like comparison and the plan's
 * direct and network effects through the API, as a viewer (arithmetic: DriversFixtureIT,
 * AnalyticsFixtureIT, InvestmentPlanIT).
 */
@ServiceTest
class AdviceGraphQlIT {

    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Autowired
    void signIn(HttpGraphQlTester anonymous) {
        graphQl = Users.as(anonymous, Role.VIEWER);
    }

    private void fixture(String name) {
        ServiceData.clear(driver);
        ServiceData.run(driver, name, Map.of());
    }

    @Test
    void driversAndDilution() {
        fixture("analytics/drivers");
        String certified = "performanceDrivers.levers[?(@.lever == 'CERTIFICATION')].groups[?(@.key == '1+')]";
        graphQl.documentName("analytics-drivers").execute()
                .path("performanceDrivers.partners").entity(Integer.class).isEqualTo(19)
                .path("performanceDrivers.levers[*].lever").entityList(String.class).containsExactly("CERTIFICATION", "CERTIFIED_STAFF",
                        "INTEGRATION_DEPTH", "ENGAGEMENT", "PORTAL_LOGINS", "CONTENT_DOWNLOADS", "TRAINING_COMPLETIONS", "PARTNER_TYPE",
                        "TENURE")
                .path(certified + ".revenuePerPartner").entityList(Double.class).containsExactly(140_000.0)
                .path(certified + ".ratios[?(@.outcome == 'REVENUE')].raw").entityList(Double.class)
                .satisfies(r -> assertThat(r).singleElement().satisfies(x -> assertThat(x).isCloseTo(3.5, within(1e-9))))
                .path(certified + ".ratios[?(@.outcome == 'REVENUE')].adjusted").entityList(Double.class)
                .satisfies(r -> assertThat(r).singleElement().satisfies(x -> assertThat(x).isCloseTo(2.0, within(1e-9))))
                .path("performanceDrivers.levers[?(@.lever == 'INTEGRATION_DEPTH')].groups[?(@.key == '3')].coSoldPerIntegrationUser")
                .entityList(Double.class).containsExactly(1.5)
                .path("performanceDrivers.typeMix.typesFor80PercentOfRevenue").entity(Integer.class).isEqualTo(1);

        graphQl.documentName("analytics-dilution").execute()
                .path("partnerReturns.dilution.networkInclusive").entity(Boolean.class).isEqualTo(true)
                .path("partnerReturns.dilution.partners[*].id").entityList(String.class).containsExactly("A06")
                .path("partnerReturns.dilution.partners[0].reasons[1]").entity(String.class)
                .isEqualTo(
                        "its own partner-driven revenue 12,000 and no referral credit returned 0.06 per invested dollar, below the floor of 1.00")
                .path("partnerReturns.relativeDilution.partners[*].id").entityList(String.class)
                .containsExactly("B09", "A06", "B05", "B06", "B07")
                .path("partnerReturns.referralCredit").entity(Double.class).isEqualTo(90_000.0);
        graphQl.documentName("analytics-dilution").variable("dilutionFloor", 1.1).execute()
                .path("partnerReturns.dilution.partners[*].id").entityList(String.class).containsExactly("B09", "A06");
        graphQl.documentName("analytics-dilution").variable("dilutionFloor", -1).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage())
                            .isEqualTo("dilutionFloor must be a number of 0 or more (revenue per invested dollar below which a"
                                    + " top-quartile partner counts as diluted; 1 = it does not return what it absorbs), was -1.0");
                }));
        // not a number: refused by the schema's type check before anything runs, a BAD_REQUEST naming the argument
        graphQl.documentName("analytics-dilution").variable("dilutionFloor", "one").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("dilutionFloor").contains("Number");
                }));
        graphQl.document("{ partnerReturns(dilutionFloor: \"one\") { revenue } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("dilutionFloor").contains("Float");
                }));
    }

    @Test
    void likeForLikeNextToTheRawRatios() {
        fixture("analytics/small-ecosystem");
        String sourced = "ecosystemKpis.partnerVsDirect[?(@.source == 'PARTNER_SOURCED')]";
        // sourced won 300k + 150k + 20k (3 deals) against direct 100k + 200k + 300k (3): 470 / 600; the customers carry no
        // segment, industry or region, so every deal is in one cell and like for like equals raw
        graphQl.documentName("analytics-like-for-like").execute()
                .path(sourced + ".dealSizeRatio").entityList(Double.class)
                .satisfies(r -> assertThat(r).singleElement().satisfies(x -> assertThat(x).isCloseTo(470.0 / 600, within(1e-9))))
                .path(sourced + ".likeForLike.dealSize.raw").entityList(Double.class)
                .satisfies(r -> assertThat(r).singleElement().satisfies(x -> assertThat(x).isCloseTo(470.0 / 600, within(1e-9))))
                .path(sourced + ".likeForLike.dealSize.adjusted").entityList(Double.class)
                .satisfies(r -> assertThat(r).singleElement().satisfies(x -> assertThat(x).isCloseTo(470.0 / 600, within(1e-9))))
                .path(sourced + ".likeForLike.strata").entityList(Integer.class).containsExactly(1)
                .path(sourced + ".likeForLike.winRate.raw").entityList(Double.class).satisfies(r -> assertThat(r).singleElement().isNull())
                .path(sourced + ".likeForLike.winRate.note").entityList(String.class)
                .containsExactly("fewer than 5 closed deals on a side; not reported");
    }

    @Test
    void planSplitsEachMoveIntoDirectAndNetwork() {
        fixture("analytics/investment-plan");
        graphQl.documentName("investment-plan").variable("budget", 500_000).execute()
                .path("investmentPlan.networkCounted").entity(Boolean.class).isEqualTo(true)
                .path("investmentPlan.expectedUpliftNetwork").entity(Double.class).isEqualTo(0.0)
                .path("investmentPlan.moves[0].networkEffect").entity(Double.class).isEqualTo(0.0)
                .path("investmentPlan.moves[0].directEffect").entity(Double.class).satisfies(d -> assertThat(d).isPositive())
                .path("investmentPlan.partners[0].directShare").entity(Double.class).isEqualTo(1.0);
        graphQl.documentName("investment-plan").variable("budget", 500_000).variable("countNetwork", false).execute()
                .path("investmentPlan.networkCounted").entity(Boolean.class).isEqualTo(false)
                .path("investmentPlan.expectedUplift").entity(Double.class).satisfies(u -> assertThat(u).isCloseTo(197_797.2, within(0.1)));
    }
}
