package com.ecosystemgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Channel conflicts, the growth curve and a prospect's reach through the API, as a viewer, on the hand-computed fixtures. */
@ServiceTest
class NetworkAnalyticsGraphQlIT {

    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Autowired
    void signIn(HttpGraphQlTester anonymous) {
        graphQl = Users.as(anonymous, Role.VIEWER);
    }

    @Test
    void channelConflicts() {
        ServiceData.clear(driver);
        ServiceData.run(driver, "analytics/conflicts", Map.of());
        graphQl.documentName("analytics-conflicts").execute()
                .path("channelConflicts.windowDays").entity(Integer.class).isEqualTo(30)
                .path("channelConflicts.conflictedCustomers").entity(Integer.class).isEqualTo(3)
                .path("channelConflicts.amountAtStake").entity(Double.class).isEqualTo(370_000.0)
                .path("channelConflicts.conflicts[0].customerId").entity(String.class).isEqualTo("K1")
                .path("channelConflicts.conflicts[0].kind").entity(String.class).isEqualTo("PARTNER_PARTNER")
                .path("channelConflicts.conflicts[0].protection.partnerId").entity(String.class).isEqualTo("A")
                .path("channelConflicts.conflicts[0].protection.stage").entity(String.class).isEqualTo("BEFORE_CONTACT")
                .path("channelConflicts.conflicts[0].deals[1].registrations[0].role").entity(String.class).isEqualTo("SOURCED")
                .path("channelConflicts.conflicts[1].protection.side").entity(String.class).isEqualTo("DIRECT")
                .path("channelConflicts.protectedSide.winRate").valueIsNull();
        graphQl.documentName("analytics-conflicts").variable("windowDays", 0).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("windowDays must be 1 to 365 (days between two channels' claims), was 0");
                }));
        graphQl.documentName("analytics-conflicts").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }

    @Test
    void growthAndProspectReach() {
        ServiceData.clear(driver);
        ServiceData.run(driver, "analytics/referral-growth", Map.of());
        graphQl.documentName("analytics-growth").execute()
                .path("referralGrowth.interval").entity(String.class).isEqualTo("QUARTER")
                .path("referralGrowth.periods[5].end").entity(String.class).isEqualTo("2026-06-30")
                .path("referralGrowth.periods[5].partners.referredShare").entity(Double.class).isEqualTo(0.5)
                .path("referralGrowth.periods[5].customers.throughReferralsShare").entity(Double.class).isEqualTo(0.6)
                .path("referralGrowth.periods[0].partners.referredShare").valueIsNull();
        graphQl.documentName("analytics-prospect-reach").variable("prospectId", "Q9").variable("first", 2).execute()
                .path("prospectReach.newCustomerCount").entity(Integer.class).isEqualTo(3)
                .path("prospectReach.newCustomers[0].id").entity(String.class).isEqualTo("K6")
                .path("prospectReach.newRegions").entityList(String.class).containsExactly("apac", "latam");
        graphQl.documentName("analytics-prospect-reach").variable("prospectId", "NOPE").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("no partner or prospect with id 'NOPE'");
                }));
        graphQl.documentName("analytics-prospect-reach").variable("prospectId", "R1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }
}
