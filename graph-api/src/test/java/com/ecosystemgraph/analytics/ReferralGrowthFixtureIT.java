package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.referrals.ReferralAnalyses;
import com.ecosystemgraph.analytics.referrals.ReferralAnalysis;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth;
import com.ecosystemgraph.analytics.referrals.ProspectReach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.referrals.ProspectReach.Cell;
import com.ecosystemgraph.analytics.referrals.ProspectReach.NewCustomer;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.GrowthPoint;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.Series;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.NotFoundException;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.support.TestNeo4j;
import java.time.LocalDate;
import org.springframework.data.neo4j.core.Neo4jClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.ecosystemgraph.neo4j.CypherRunner;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The referral growth curve and a prospect's marginal reach on
 * cypher/fixtures/analytics/referral-growth.cypher (the arithmetic is in the comments).
 */
class ReferralGrowthFixtureIT {

    static ReferralAnalysis analytics;

    @BeforeAll
    static void fixture() {
        TestNeo4j.clean();
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("analytics/referral-growth")).consume();
        }
        analytics = networkAnalytics();
    }

    static ReferralAnalysis networkAnalytics() {
        return ReferralAnalyses.on(new CypherRunner(Neo4jClient.create(TestNeo4j.driver()), new SimpleMeterRegistry()));
    }

    @Test
    void quarterlyGrowthWithReferredShares() {
        ReferralGrowth growth = analytics.growth(null, GrowthInterval.QUARTER);
        // first event R1 signing 2025-01-15 -> 2025Q1 .. 2026Q2 (the snapshot's quarter)
        assertThat(growth.periods()).extracting(GrowthPoint::start).containsExactly(LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-04-01"), LocalDate.parse("2025-07-01"), LocalDate.parse("2025-10-01"), LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-04-01"));
        GrowthPoint q1 = growth.periods().getFirst();
        assertThat(q1.end()).isEqualTo(LocalDate.parse("2025-03-31"));
        // R1, R2 (referred); K1 (direct first win); G1 100k: too few for shares
        assertThat(q1.partners()).isEqualTo(new Series(2, 2, 1, 1, null, null));
        assertThat(q1.customers()).isEqualTo(new Series(1, 1, 0, 0, null, null));
        assertThat(q1.revenue()).isEqualTo(new Series(100_000, 100_000, 0, 0, null, null));
        GrowthPoint q2 = growth.periods().get(1);
        // + K2 (referred) and K3 (first won deal by the referred R3); G3 50k at a referred customer, G4 80k by a referred partner
        assertThat(q2.customers()).isEqualTo(new Series(3, 2, 1, 2, null, null));
        assertThat(q2.revenue().total()).isEqualTo(230_000.0);
        assertThat(q2.revenue().referredShare()).isCloseTo(130.0 / 230, within(1e-9));
        GrowthPoint last = growth.periods().getLast();
        assertThat(last.end()).isEqualTo(LocalDate.parse("2026-06-30"));
        // R1-R6 signed (R7 after the snapshot), referred R2, R3, R5
        assertThat(last.partners()).isEqualTo(new Series(6, 0, 3, 3, 0.5, 0.5));
        // K1-K5; referred K2; through referrals K2, K3, K5
        assertThat(last.customers()).isEqualTo(new Series(5, 1, 1, 3, 0.2, 0.6));
        // 430k won; referred G3 50 + G2 60 + G4 80 + G8 70 = 260k; through: + G5 40k (K3 came through R3) = 300k
        assertThat(last.revenue().total()).isEqualTo(430_000.0);
        assertThat(last.revenue().added()).isEqualTo(70_000.0);
        assertThat(last.revenue().referred()).isEqualTo(260_000.0);
        assertThat(last.revenue().throughReferrals()).isEqualTo(300_000.0);
        assertThat(last.revenue().referredShare()).isCloseTo(260.0 / 430, within(1e-9));
        assertThat(last.revenue().throughReferralsShare()).isCloseTo(300.0 / 430, within(1e-9));
    }

    @Test
    void monthlyFromAStartKeepsTheCumulativeHistory() {
        ReferralGrowth growth = analytics.growth(new AnalyticsFilter(null, LocalDate.parse("2026-01-01"), null, null, null),
                GrowthInterval.MONTH);
        assertThat(growth.periods()).hasSize(6);
        assertThat(growth.periods().getFirst().start()).isEqualTo(LocalDate.parse("2026-01-01"));
        // January 2026: 4 partners before, no signing; G5 40k closes
        assertThat(growth.periods().getFirst().partners().total()).isEqualTo(4);
        assertThat(growth.periods().getFirst().revenue())
                .isEqualTo(new Series(360_000, 40_000, 190_000, 230_000, 190.0 / 360, 230.0 / 360));
        assertThat(analytics.growth(null, GrowthInterval.MONTH).periods()).hasSize(18);
    }

    @Test
    void emptyGraphHasNoCurve() {
        TestNeo4j.clean();
        try {
            ReferralGrowth growth = analytics.growth(null, GrowthInterval.QUARTER);
            assertThat(growth.periods()).isEmpty();
            assertThat(growth.notes()).containsExactly("no signed partner and no won deal up to the as-of date; no growth curve");
        } finally {
            fixture();
        }
    }

    @Test
    void prospectReach() {
        ProspectReach reach = analytics.prospectReach("Q9", null, 20);
        // Q9 serves K1 (R1 serves it too), K4 (only the churned R4), K6, K7
        assertThat(reach.servedCustomers()).isEqualTo(4);
        assertThat(reach.newCustomerCount()).isEqualTo(3);
        assertThat(reach.newCustomerArr()).isEqualTo(900_000.0);
        assertThat(reach.newCustomers()).extracting(NewCustomer::id).containsExactly("K6", "K4", "K7");
        assertThat(reach.newSegments()).containsExactly(new Cell("energy", "apac", 1), new Cell("health", "apac", 1),
                new Cell("health", "emea", 1));
        assertThat(reach.newIndustries()).containsExactly("energy", "health");
        assertThat(reach.newRegions()).containsExactly("apac", "latam");

        ProspectReach capped = analytics.prospectReach("Q9", null, 2);
        assertThat(capped.newCustomers()).extracting(NewCustomer::id).containsExactly("K6", "K4");
        assertThat(capped.notes()).containsExactly("listing 2 of 3 new customers, largest ARR first");

        // measured against resellers only (R2 serves K2; R5 nobody): K1 and retail are new too, emea is covered
        ProspectReach overResellers = analytics.prospectReach("Q9",
                new AnalyticsFilter(null, null, List.of(PartnerType.RESELLER), null, null), 20);
        assertThat(overResellers.newCustomers()).extracting(NewCustomer::id).containsExactly("K6", "K4", "K1", "K7");
        assertThat(overResellers.newIndustries()).containsExactly("energy", "health", "retail");
        assertThat(overResellers.newRegions()).containsExactly("apac", "latam");
    }

    @Test
    void prospectReachNeedsAProspect() {
        assertThatThrownBy(() -> analytics.prospectReach("R1", null, 20)).isInstanceOf(BadRequestException.class)
                .hasMessage(
                        "prospectId 'R1' is a signed partner (status active), not a prospect: marginal reach is measured for prospects only");
        assertThatThrownBy(() -> analytics.prospectReach("NOPE", null, 20)).isInstanceOf(NotFoundException.class)
                .hasMessage("no partner or prospect with id 'NOPE'");
        assertThatThrownBy(() -> analytics.prospectReach("Q9", null, 101)).isInstanceOf(BadRequestException.class);
    }
}
