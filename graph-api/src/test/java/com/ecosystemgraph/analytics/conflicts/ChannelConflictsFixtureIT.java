package com.ecosystemgraph.analytics.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ChannelConflict;
import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ConflictDeal;
import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ConflictKind;
import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ProtectionSide;
import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graph.RegistrationStage;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Channel conflicts on cypher/fixtures/analytics/conflicts.cypher, against values worked out by hand there. */
class ChannelConflictsFixtureIT {

    static ConflictAnalysis analytics;

    @BeforeAll
    static void fixture() {
        TestNeo4j.clean();
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("analytics/conflicts")).consume();
        }
        analytics = ConflictAnalyses.on(new CypherRunner(Neo4jClient.create(TestNeo4j.driver()), new SimpleMeterRegistry()));
    }

    @Test
    void partnerPartnerAndPartnerDirectWithinThirtyDays() {
        ChannelConflicts result = analytics.conflicts(null, 30, 20);
        assertThat(result.asOf()).isEqualTo(LocalDate.parse("2026-06-30"));
        // K1-K6 and K8 have deals; K1 (A vs B), K2 (C vs direct) and K8 (twice) collide; K3 same partner / 64+ days,
        // K4 unregistered, K5 influenced, K6 shared partner C do not
        assertThat(result.customersWithDeals()).isEqualTo(7);
        // by amount: K1 180k (X1 100k + X2 80k), K2 90k (Y1 50k + Y2 40k), K8 70k (T3 30k + T4 40k), K8 30k (T1 10k + T2 20k)
        assertThat(result.conflicts()).extracting(ChannelConflict::customerId).containsExactly("K1", "K2", "K8", "K8");
        assertThat(result.conflictedCustomers()).isEqualTo(3);
        assertThat(result.conflictedShare()).isEqualTo(3.0 / 7);
        assertThat(result.partnerPartner()).isEqualTo(2);
        assertThat(result.partnerDirect()).isEqualTo(2);
        assertThat(result.amountAtStake()).isEqualTo(370_000.0);

        ChannelConflict k1 = result.conflicts().get(0);
        assertThat(k1.kind()).isEqualTo(ConflictKind.PARTNER_PARTNER);
        assertThat(k1.amount()).isEqualTo(180_000.0);
        assertThat(k1.protection().side()).isEqualTo(ProtectionSide.PARTNER);
        assertThat(k1.protection().partnerId()).isEqualTo("A");
        assertThat(k1.protection().dealId()).isEqualTo("X1");
        assertThat(k1.protection().since()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(k1.protection().stage()).isEqualTo(RegistrationStage.BEFORE_CONTACT);
        assertThat(k1.deals()).extracting(ConflictDeal::id).containsExactly("X1", "X2");
        assertThat(k1.deals()).extracting(ConflictDeal::holdsProtection).containsExactly(true, false);
        assertThat(k1.deals().get(1).registrations().getFirst().partnerId()).isEqualTo("B");
        assertThat(k1.deals().get(1).registrations().getFirst().qualified()).isTrue();

        // the only partner registration at K2 is late stage (no qualification evidence): the direct deal holds protection
        ChannelConflict k2 = result.conflicts().get(1);
        assertThat(k2.kind()).isEqualTo(ConflictKind.PARTNER_DIRECT);
        assertThat(k2.protection().side()).isEqualTo(ProtectionSide.DIRECT);
        assertThat(k2.protection().dealId()).isEqualTo("Y2");
        assertThat(k2.protection().since()).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(k2.deals()).extracting(ConflictDeal::id).containsExactly("Y1", "Y2");
        assertThat(k2.deals().getFirst().outcome()).isEqualTo(DealOutcome.OPEN);
        assertThat(k2.deals().getFirst().registrations().getFirst().qualified()).isFalse();

        // two episodes at K8, each with its own holder: A (before contact) in September, D (after the first meeting) against
        // the direct deal in March
        ChannelConflict september = result.conflicts().get(2);
        assertThat(september.kinds()).containsExactly(ConflictKind.PARTNER_PARTNER);
        assertThat(september.deals()).extracting(ConflictDeal::id).containsExactly("T3", "T4");
        assertThat(september.protection().partnerId()).isEqualTo("A");
        ChannelConflict march = result.conflicts().get(3);
        assertThat(march.kinds()).containsExactly(ConflictKind.PARTNER_DIRECT);
        assertThat(march.deals()).extracting(ConflictDeal::id).containsExactly("T1", "T2");
        assertThat(march.protection().partnerId()).isEqualTo("D");
        assertThat(march.protection().stage()).isEqualTo(RegistrationStage.AFTER_FIRST_MEETING);

        // protected: X1 won 100k, Y2 lost 40k, T3 won 30k, T2 won 20k; unprotected: X2 lost 80k, Y1 open 50k, T4 lost 40k, T1 lost 10k
        assertThat(result.protectedSide()).isEqualTo(new ChannelConflicts.SideOutcome(4, 3, 1, 0, 190_000.0, 150_000.0, null));
        assertThat(result.unprotectedSide()).isEqualTo(new ChannelConflicts.SideOutcome(4, 0, 3, 1, 180_000.0, 0.0, null));
    }

    @Test
    void aWiderWindowCatchesTheLateDirectDeal() {
        ChannelConflicts result = analytics.conflicts(null, 90, 20);
        // Z3 (direct, 2026-05-15) is 66 days from A's Z2 registration: a conflict at 90 days; A registered first (Z1, Z2)
        assertThat(result.conflicts()).extracting(ChannelConflict::customerId).containsExactly("K1", "K2", "K8", "K3", "K8");
        ChannelConflict k3 = result.conflicts().get(3);
        assertThat(k3.kinds()).containsExactly(ConflictKind.PARTNER_DIRECT);
        assertThat(k3.protection().partnerId()).isEqualTo("A");
        assertThat(k3.protection().dealId()).isEqualTo("Z1");
        assertThat(k3.deals()).extracting(ConflictDeal::id).containsExactly("Z1", "Z2", "Z3");
        assertThat(k3.deals()).extracting(ConflictDeal::holdsProtection).containsExactly(true, true, false);
        assertThat(result.partnerDirect()).isEqualTo(3);
    }

    @Test
    void partnerFilterKeepsConflictsWithAMatchingPartner() {
        assertThat(analytics.conflicts(new AnalyticsFilter(null, null, List.of(PartnerType.REFERRAL), null, null), 30, 20).conflicts())
                .extracting(ChannelConflict::customerId).containsExactly("K1", "K8");
        assertThat(analytics.conflicts(new AnalyticsFilter(null, null, List.of(PartnerType.TECHNOLOGY), null, null), 30, 20).conflicts())
                .extracting(ChannelConflict::customerId).containsExactly("K2");
        assertThat(analytics.conflicts(null, 30, 1).conflicts()).extracting(ChannelConflict::customerId).containsExactly("K1");
    }

    @Test
    void beforeTheSecondClaimThereIsNoConflict() {
        // as of 2026-01-15 X2 and Y1's registration do not exist yet: only K8's two 2025 conflicts
        ChannelConflicts result = analytics.conflicts(new AnalyticsFilter(LocalDate.parse("2026-01-15"), null, null, null, null), 30, 20);
        assertThat(result.conflicts()).extracting(ChannelConflict::customerId).containsExactly("K8", "K8");
        assertThat(result.conflictedShare()).isNull();
        assertThat(result.notes())
                .contains("fewer than 5 customers with deals in the period (4); share of conflicted customers not reported");
        // as of 2025-03-05 only T1 exists, a direct deal: no registered deal at all, yet K8 counts as a customer with deals
        ChannelConflicts early = analytics.conflicts(new AnalyticsFilter(LocalDate.parse("2025-03-05"), null, null, null, null), 30, 20);
        assertThat(early.conflicts()).isEmpty();
        assertThat(early.customersWithDeals()).isEqualTo(1);
        assertThat(early.protectedSide().deals()).isZero();
        assertThat(early.notes()).contains("no channel conflict within 30 days in the period");
    }

    @Test
    void argumentsOutOfRange() {
        assertThatThrownBy(() -> analytics.conflicts(null, 0, 20)).isInstanceOf(BadRequestException.class)
                .hasMessage("windowDays must be 1 to 365 (days between two channels' claims), was 0");
        assertThatThrownBy(() -> analytics.conflicts(null, 366, 20)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> analytics.conflicts(null, 30, 101)).isInstanceOf(BadRequestException.class)
                .hasMessage("first must be 1 to 100, was 101");
        assertThatThrownBy(() -> analytics.conflicts(null, 30, 0)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void emptyGraph() {
        TestNeo4j.clean();
        try {
            ChannelConflicts result = analytics.conflicts(null, 30, 20);
            assertThat(result.customersWithDeals()).isZero();
            assertThat(result.conflicts()).isEmpty();
            assertThat(result.conflictedShare()).isNull();
            assertThat(result.notes()).isNotEmpty();
        } finally {
            fixture();
        }
    }
}
