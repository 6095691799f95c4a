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

/** The analytics fields through the API, as a viewer, on the hand-written analytics fixture. */
@ServiceTest
class AnalyticsGraphQlIT {

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
    void kpis() {
        graphQl.documentName("analytics-kpis").execute()
                .path("ecosystemKpis.asOf").entity(String.class).isEqualTo("2026-06-30")
                .path("ecosystemKpis.bySource[0].source").entity(String.class).isEqualTo("DIRECT")
                .path("ecosystemKpis.bySource[0].winRate").entity(Double.class).isEqualTo(0.5)
                .path("ecosystemKpis.bySource[1].source").entity(String.class).isEqualTo("PARTNER_SOURCED")
                .path("ecosystemKpis.bySource[1].winRate").valueIsNull()
                .path("ecosystemKpis.totalWonAmount").entity(Double.class).isEqualTo(1_970_000.0)
                .path("ecosystemKpis.activePartners").entity(Integer.class).isEqualTo(4);
        graphQl.documentName("analytics-kpis").variable("filter", Map.of("asOf", "2025-01-01", "from", "2025-06-01")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage())
                            .isEqualTo("filter.from (2025-06-01) is after filter.asOf (2025-01-01): the period would be empty");
                }));
    }

    @Test
    void returnsTiersAndEconomics() {
        graphQl.documentName("analytics-returns").variable("first", 2)
                .variable("filter", Map.of("partnerTypes", java.util.List.of("RESELLER", "TECHNOLOGY"))).execute()
                .path("partnerReturns.partnerCount").entity(Integer.class).isEqualTo(2)
                .path("partnerReturns.partners[0].id").entity(String.class).isEqualTo("P1")
                .path("partnerReturns.partners[0].type").entity(String.class).isEqualTo("RESELLER")
                .path("partnerReturns.partners[0].ropi").entity(Double.class).isEqualTo(3.25)
                .path("partnerReturns.revenue").entity(Double.class).isEqualTo(1_250_000.0);
        graphQl.documentName("analytics-tiers").execute()
                .path("tierMismatches.overTiered[0].id").entity(String.class).isEqualTo("P2")
                .path("tierMismatches.overTiered[0].performanceTier").entity(String.class).isEqualTo("GOLD")
                .path("tierMismatches.underTiered[0].assignedTier").entity(String.class).isEqualTo("GOLD")
                .path("partnerEconomics.atRisk").entity(Integer.class).isEqualTo(2)
                .path("partnerEconomics.partners[0].id").entity(String.class).isEqualTo("P4");
        graphQl.documentName("analytics-returns").variable("first", 0).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(
                        e -> assertThat(e.getMessage()).isEqualTo("'first' of partnerReturns must be between 1 and 100, got 0")));
    }

    @Test
    void combinationsAndReferrals() {
        graphQl.documentName("analytics-combinations").variable("minSupport", 2).execute()
                .path("valueCombinations.tested").entity(Integer.class).isEqualTo(0)
                .path("valueCombinations.notes[0]").entity(String.class).isEqualTo("no partner pair shares 2 or more deals");
        graphQl.documentName("analytics-combinations").variable("size", 4).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
        graphQl.documentName("analytics-referrals").variable("partnerId", "P5").execute()
                .path("referralReach.partners").entity(Integer.class).isEqualTo(2)
                .path("referralReach.creditedRevenue").entity(Double.class).isEqualTo(870_000.0)
                .path("referralNetwork.ranking[0].id").entity(String.class).isEqualTo("P5")
                .path("referralStructure.referrals").entity(Integer.class).isEqualTo(4)
                .path("referralStructure.bridges[0].id").entity(String.class).isEqualTo("P1");
        graphQl.documentName("analytics-referrals").variable("partnerId", "NOPE").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
    }
}
