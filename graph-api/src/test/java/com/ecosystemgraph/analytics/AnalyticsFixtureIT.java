package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.tiers.TierAnalyses;
import com.ecosystemgraph.analytics.combinations.CombinationAnalyses;
import com.ecosystemgraph.analytics.returns.ReturnAnalyses;
import com.ecosystemgraph.analytics.kpis.KpiAnalyses;
import com.ecosystemgraph.analytics.economics.EconomicsAnalyses;
import com.ecosystemgraph.analytics.referrals.ReferralAnalyses;
import com.ecosystemgraph.analytics.referrals.ReferralAnalysis;
import com.ecosystemgraph.analytics.referrals.ReferralNetwork;
import com.ecosystemgraph.analytics.referrals.ReferralStructure;
import com.ecosystemgraph.analytics.combinations.CombinationAnalysis;
import com.ecosystemgraph.analytics.combinations.ValueCombinations;
import com.ecosystemgraph.analytics.returns.PartnerReturns;
import com.ecosystemgraph.analytics.returns.ReturnAnalysis;
import com.ecosystemgraph.analytics.kpis.KpiAnalysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.kpis.EcosystemKpis;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.SourceComparison;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.SourceKpis;
import com.ecosystemgraph.analytics.returns.PartnerReturns.PartnerReturn;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.analytics.economics.PartnerEconomics;
import com.ecosystemgraph.analytics.tiers.TierMismatches;
import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.NotFoundException;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every analysis on the hand-written ecosystem of cypher/fixtures/analytics/small-ecosystem.cypher,
 * against values computed by hand (the arithmetic is in the comments).
 */
class AnalyticsFixtureIT {

    static ReferralAnalysis referralAnalysis;
    static KpiAnalysis kpiAnalysis;
    static ReturnAnalysis returnAnalysis;
    static CombinationAnalysis combinationAnalysis;

    @BeforeAll
    static void fixture() {
        TestNeo4j.clean();
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("analytics/small-ecosystem")).consume();
        }
        // the fixture is written around the service's statements: nothing marked its rollups stale
        new Rollups(TestNeo4j.driver(), null).rebuildAll();
        referralAnalysis = referrals();
        kpiAnalysis = kpis();
        returnAnalysis = ReturnAnalyses.on(repository());
        combinationAnalysis = combinations();
    }

    static ReferralAnalysis referrals() {
        return ReferralAnalyses.on(runner());
    }

    static CombinationAnalysis combinations() {
        return CombinationAnalyses.on(repository(), runner());
    }

    static KpiAnalysis kpis() {
        return KpiAnalyses.on(repository(), runner());
    }

    /** A runner on the shared test database. */
    static CypherRunner runner() {
        return new CypherRunner(Neo4jClient.create(TestNeo4j.driver()), new SimpleMeterRegistry());
    }

    /** The repository on the shared test database, reading the rollups as the service does. */
    static AnalyticsRepository repository() {
        return new AnalyticsRepository(new CypherRunner(Neo4jClient.create(TestNeo4j.driver()), new SimpleMeterRegistry()),
                new Rollups(TestNeo4j.driver(), null));
    }

    @Test
    void kpisBySource() {
        EcosystemKpis kpis = kpiAnalysis.kpis(null);
        assertThat(kpis.asOf()).isEqualTo(LocalDate.parse("2026-06-30"));
        SourceKpis direct = source(kpis, DealSource.DIRECT);
        // D1 100k 60 d, D2 200k 90 d, D13 300k 60 d won; D3-D5 lost; D6 70k open
        assertThat(direct.pipelineDeals()).isEqualTo(7);
        assertThat(direct.pipelineAmount()).isEqualTo(820_000.0);
        assertThat(direct.openDeals()).isEqualTo(1);
        assertThat(direct.openAmount()).isEqualTo(70_000.0);
        assertThat(direct.won()).isEqualTo(3);
        assertThat(direct.lost()).isEqualTo(3);
        assertThat(direct.winRate()).isEqualTo(0.5);
        assertThat(direct.winRateInterval().lower()).isCloseTo(0.187613, within(1e-5));
        assertThat(direct.averageWonAmount()).isEqualTo(200_000.0);
        assertThat(direct.medianDaysToClose()).isEqualTo(60.0);

        SourceKpis sourced = source(kpis, DealSource.PARTNER_SOURCED);
        // D7 300k 30 d, D8 150k 45 d, D12 20k 31 d won; D9 lost: 4 closed, too few for a win rate
        assertThat(sourced.won()).isEqualTo(3);
        assertThat(sourced.lost()).isEqualTo(1);
        assertThat(sourced.winRate()).isNull();
        assertThat(sourced.winRateInterval()).isNotNull();
        assertThat(sourced.averageWonAmount()).isCloseTo(470_000.0 / 3, within(1e-6));
        assertThat(sourced.medianDaysToClose()).isEqualTo(31.0);
        assertThat(kpis.notes()).contains("partner_sourced: fewer than 5 closed deals (4); win rate not reported",
                "co_sold: fewer than 5 closed deals (1); win rate not reported");

        // won: direct 600k, sourced 470k, co-sold 400k, influenced 500k = 1,970k
        assertThat(kpis.totalWonAmount()).isEqualTo(1_970_000.0);
        assertThat(kpis.partnerSourcedShare()).isCloseTo(470.0 / 1970, within(1e-9));
        assertThat(kpis.partnerDrivenShare()).isCloseTo(870.0 / 1970, within(1e-9));
        assertThat(source(kpis, DealSource.PARTNER_INFLUENCED).shareOfWonAmount()).isCloseTo(500.0 / 1970, within(1e-9));
        // active: P1, P2, P3, P5 (P4 churned, Q1 a prospect)
        assertThat(kpis.activePartners()).isEqualTo(4);
        assertThat(kpis.revenuePerActivePartner()).isCloseTo(870_000.0 / 4, within(1e-6));
        // 7 partner rows, 5 registered (D9 unregistered, D11 without a stage)
        assertThat(kpis.registrationRate()).isCloseTo(5.0 / 7, within(1e-9));
        // only P3 signed inside the history (from 2024-11-01): first deal 19 days later; one partner is too few for a median
        assertThat(kpis.timeToFirstDeal().partners()).isEqualTo(1);
        assertThat(kpis.timeToFirstDeal().medianDays()).isNull();
        SourceComparison vsDirect = kpis.partnerVsDirect().stream().filter(c -> c.source() == DealSource.PARTNER_SOURCED).findFirst()
                .orElseThrow();
        assertThat(vsDirect.winRateRatio()).isNull();
        assertThat(vsDirect.dealSizeRatio()).isCloseTo((470_000.0 / 3) / 200_000.0, within(1e-9));
        assertThat(vsDirect.speedRatio()).isCloseTo(60.0 / 31, within(1e-9));
    }

    @Test
    void kpisOfAPeriodAndPartnerFilter() {
        // from 2025-06-01: direct deals closed in the period: none; created: D6 only
        EcosystemKpis kpis = kpiAnalysis
                .kpis(new AnalyticsFilter(null, LocalDate.parse("2025-06-01"), List.of(PartnerType.TECHNOLOGY), null, null));
        assertThat(source(kpis, DealSource.DIRECT).pipelineDeals()).isEqualTo(1);
        assertThat(source(kpis, DealSource.DIRECT).won()).isZero();
        // only D10 has a technology partner on it
        assertThat(source(kpis, DealSource.PARTNER_SOURCED).won()).isZero();
        assertThat(source(kpis, DealSource.CO_SOLD).wonAmount()).isEqualTo(400_000.0);
        assertThatThrownBy(
                () -> kpiAnalysis.kpis(new AnalyticsFilter(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-01"), null, null, null)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("filter.from (2025-02-01) is after filter.asOf (2025-01-01)");
    }

    @Test
    void returnsAndConcentration() {
        PartnerReturns returns = returnAnalysis.returns(null, 10);
        // signed partners P1-P5; revenue P1 300+150+400, P2 400, P3 20, P4 0 (influenced 500), P5 0
        assertThat(returns.partnerCount()).isEqualTo(5);
        assertThat(returns.revenue()).isEqualTo(1_270_000.0);
        assertThat(returns.influencedRevenue()).isEqualTo(500_000.0);
        assertThat(returns.investment()).isEqualTo(250_000.0);
        assertThat(returns.ropi()).isCloseTo((1270.0 - 250) / 250, within(1e-9));
        PartnerReturn p1 = returns.partners().getFirst();
        assertThat(p1.id()).isEqualTo("P1");
        assertThat(p1.revenue()).isEqualTo(850_000.0);
        assertThat(p1.ropi()).isCloseTo(3.25, within(1e-9));
        assertThat(p1.mdfRoi()).isCloseTo(8.5, within(1e-9));
        assertThat(returns.partners()).extracting(PartnerReturn::id).containsExactly("P1", "P2", "P3", "P4", "P5");
        assertThat(returns.partners().get(3).ropi()).isNull();
        assertThat(returns.byType()).filteredOn(g -> g.key().equals("referral")).singleElement()
                .satisfies(g -> assertThat(g.revenue()).isEqualTo(20_000.0))
                .satisfies(g -> assertThat(g.investment()).isEqualTo(50_000.0));
        assertThat(returns.concentration().top10Share()).isCloseTo(850.0 / 1270, within(1e-9));
        assertThat(returns.concentration().gini()).isCloseTo(11820.0 / 6350 - 1.2, within(1e-9));
        // four partners with 12 months' tenure: too few to call anyone diluted
        assertThat(returns.dilution().partners()).isEmpty();
        assertThat(returns.notes()).anyMatch(n -> n.startsWith("fewer than 8 partners with 12 months' tenure"));
    }

    @Test
    void tierMismatches() {
        // tenured active partners: P1 gold with 850k trailing (platinum), P2 platinum with 400k (gold), P5 registered with 0
        TierMismatches tiers = TierAnalyses.on(repository()).tiers(null, 1, 12);
        assertThat(tiers.partners()).isEqualTo(3);
        assertThat(tiers.matching()).isEqualTo(1);
        assertThat(tiers.underTiered()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("P1");
            assertThat(m.steps()).isEqualTo(-1);
            assertThat(m.performanceTier()).isEqualTo(TierMismatches.PerformanceTier.PLATINUM);
        });
        assertThat(tiers.overTiered()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("P2");
            assertThat(m.trailingRevenue()).isEqualTo(400_000.0);
        });
        assertThat(TierAnalyses.on(repository()).tiers(null, 2, 12).overTiered()).isEmpty();
        assertThatThrownBy(() -> TierAnalyses.on(repository()).tiers(null, 0, 12)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void economics() {
        // P1 185k / 75 h = 2,466.67 / h = 24.7x its 100; P2 10k / 100 h = 2x its 50; P3 3k / 10 h = 7.5x; P4 0 / 20 h = 0x
        PartnerEconomics economics = EconomicsAnalyses.on(repository()).economics(null, 2.5, 10);
        assertThat(economics.partnersWithDeals()).isEqualTo(4);
        assertThat(economics.evaluated()).isEqualTo(4);
        assertThat(economics.atRisk()).isEqualTo(2);
        assertThat(economics.atRiskShare()).isNull();
        assertThat(economics.partners()).extracting(PartnerEconomics.PartnerEconomic::id).containsExactly("P4", "P2", "P3", "P1");
        assertThat(economics.partners().get(1).multiple()).isCloseTo(2.0, within(1e-9));
        assertThat(economics.partners().get(3).hourlyReturn()).isCloseTo(185_000.0 / 75, within(1e-9));
    }

    @Test
    void combinationsOnTooLittleData() {
        // P1 and P2 share one deal
        ValueCombinations combinations = combinationAnalysis.combinations(null, 2, ValueCombinations.CombinationOrder.INCREMENTAL_REVENUE,
                2, 10);
        assertThat(combinations.combinations()).isEmpty();
        assertThat(combinations.notes()).containsExactly("no partner pair shares 2 or more deals");
        assertThat(combinations.baselineWinRate()).isCloseTo(8.0 / 12, within(1e-9));
        assertThat(combinationAnalysis.combinations(null, 3, ValueCombinations.CombinationOrder.INCREMENTAL_REVENUE, 2, 10).notes())
                .containsExactly("no partner triple shares 2 or more deals");
        assertThatThrownBy(() -> combinationAnalysis.combinations(null, 4, ValueCombinations.CombinationOrder.INCREMENTAL_REVENUE, 2, 10))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("was 4");
    }

    @Test
    void referralReachWithDecay() {
        // P5 -> P1 (850k) -> P3 (20k), C3 (won D12 20k), Q1 (prospect)
        ReferralNetwork.ReferralReach reach = referralAnalysis.reach("P5", null, 3, 0.5);
        assertThat(reach.partners()).isEqualTo(2);
        assertThat(reach.prospects()).isEqualTo(1);
        assertThat(reach.customers()).isEqualTo(1);
        assertThat(reach.directReferrals()).isEqualTo(1);
        assertThat(reach.depth()).isEqualTo(2);
        assertThat(reach.revenue()).isEqualTo(890_000.0);
        assertThat(reach.creditedRevenue()).isEqualTo(850_000.0 + 0.5 * 40_000);
        assertThat(referralAnalysis.reach("P5", null, 1, 0.5).revenue()).isEqualTo(850_000.0);
        // as of 2026-01-31 the referral of P3 had not happened (and D12 not closed)
        assertThat(
                referralAnalysis.reach("P5", new AnalyticsFilter(LocalDate.parse("2026-01-31"), null, null, null, null), 3, 0.5).partners())
                .isEqualTo(1);
        assertThat(referralAnalysis.network(null, 3, 0.5, 10).ranking()).extracting(ReferralNetwork.ReferralReach::id).containsExactly("P5",
                "P1");
        assertThat(referralAnalysis.reach("P2", null, 3, 0.5).partners()).isZero();
        assertThatThrownBy(() -> referralAnalysis.reach("NOPE", null, 3, 0.5)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referralAnalysis.reach("P5", null, 11, 0.5)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void referralStructureByGds() {
        // P5 -> P1 -> {P3, C3, Q1}: P1 is the only bridge; reversed PageRank pushes the leaves' score up to P1 and on to P5
        ReferralStructure structure = referralAnalysis.structure(null, 10);
        assertThat(structure.referrals()).isEqualTo(4);
        assertThat(structure.bridges()).extracting(ReferralStructure.Score::id).containsExactly("P1");
        assertThat(structure.influence()).extracting(ReferralStructure.Score::id).startsWith("P5", "P1");
        assertThat(structure.communities()).allSatisfy(c -> assertThat(c.size()).isGreaterThanOrEqualTo(3));
        assertThat(structure.communities().stream().mapToLong(ReferralStructure.Community::size).sum()).isEqualTo(5);
        ReferralStructure personalised = referralAnalysis.structure(List.of("P3"), 10);
        assertThat(personalised.personalised()).isTrue();
        // personalised on P3, its referral line (P1, then P5) carries the score; P2 (no referrals) gets none
        assertThat(personalised.influence().getFirst().score()).isGreaterThan(0);
        assertThat(personalised.influence()).extracting(ReferralStructure.Score::id).doesNotContain("P2").contains("P1", "P5");
        try (var session = TestNeo4j.driver().session()) {
            // the analysis drops its own projections (the feature query of a scoring run in the background has its own)
            assertThat(session.run("CALL gds.graph.list() YIELD graphName RETURN graphName").list(r -> r.get(0).asString()))
                    .noneMatch(name -> name.startsWith("referrals-"));
        }
    }

    @Test
    void anEmptyGraphGivesEmptyResultsAndNotes() {
        TestNeo4j.clean();
        try {
            EcosystemKpis kpis = kpiAnalysis.kpis(null);
            assertThat(kpis.totalWonAmount()).isZero();
            assertThat(kpis.partnerDrivenShare()).isNull();
            assertThat(kpis.bySource()).allSatisfy(s -> assertThat(s.winRate()).isNull());
            assertThat(kpis.notes()).contains("direct: fewer than 5 closed deals (0); win rate not reported",
                    "no won deals in the period; revenue shares not reported");
            PartnerReturns returns = returnAnalysis.returns(null, 10);
            assertThat(returns.partners()).isEmpty();
            assertThat(returns.ropi()).isNull();
            assertThat(returns.concentration().gini()).isNull();
            assertThat(TierAnalyses.on(repository()).tiers(null, 1, 12).overTiered()).isEmpty();
            assertThat(EconomicsAnalyses.on(repository()).economics(null, 2.5, 10).atRiskShare()).isNull();
            assertThat(combinationAnalysis.combinations(null, 2, ValueCombinations.CombinationOrder.INCREMENTAL_REVENUE, 10, 10)
                    .combinations()).isEmpty();
            assertThat(referralAnalysis.network(null, 3, 0.5, 10).ranking()).isEmpty();
            assertThat(referralAnalysis.structure(null, 10).influence()).isEmpty();
        } finally {
            fixture();
        }
    }

    private static SourceKpis source(EcosystemKpis kpis, DealSource source) {
        return kpis.bySource().stream().filter(s -> s.source() == source).findFirst().orElseThrow();
    }
}
