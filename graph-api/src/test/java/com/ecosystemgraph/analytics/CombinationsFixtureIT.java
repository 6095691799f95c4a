package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.combinations.CombinationAnalysis;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations;
import com.ecosystemgraph.analytics.combinations.ValueCombinations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.combinations.ValueCombinations.CombinationOrder;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationCombinationOrder;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationCombination;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationMember;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.Member;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.SubPair;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.ValueCombination;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.support.TestNeo4j;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partner triples and integration pairs on the hand-written ecosystem of
 * cypher/fixtures/analytics/combinations.cypher, against values computed by hand (arithmetic in the comments).
 */
class CombinationsFixtureIT {

    static CombinationAnalysis combinationAnalysis;

    @BeforeAll
    static void fixture() {
        TestNeo4j.clean();
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("analytics/combinations")).consume();
        }
        new Rollups(TestNeo4j.driver(), null).rebuildAll();
        combinationAnalysis = AnalyticsFixtureIT.combinations();
    }

    @Test
    void aTripleAgainstItsMembersAndItsPairs() {
        ValueCombinations triples = combinationAnalysis.combinations(null, 3, CombinationOrder.INCREMENTAL_REVENUE, 5, 10);
        assertThat(triples.size()).isEqualTo(3);
        assertThat(triples.tested()).isEqualTo(1);
        // 38 closed deals, 14 won
        assertThat(triples.baselineWinRate()).isCloseTo(14.0 / 38, within(1e-12));
        ValueCombination t = triples.combinations().getFirst();
        assertThat(t.members()).extracting(Member::id).containsExactly("A1", "B1", "C1");
        // T1-T5 won (100k, 200k, 300k, 100k, 300k; 30-70 days), T6 lost
        assertThat(t.support()).isEqualTo(6);
        assertThat(t.won()).isEqualTo(5);
        assertThat(t.lost()).isEqualTo(1);
        assertThat(t.winRate()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(t.winRateInterval().lower()).isCloseTo(0.436497, within(1e-5));
        assertThat(t.winRateInterval().upper()).isCloseTo(0.969947, within(1e-5));
        assertThat(t.averageWonAmount()).isCloseTo(200_000.0, within(1e-6));
        assertThat(t.averageDaysToClose()).isCloseTo(50.0, within(1e-9));
        // customers of the won deals K1, K2 (churned), K3
        assertThat(t.customers()).isEqualTo(3);
        assertThat(t.customerRetention()).isCloseTo(2.0 / 3, within(1e-12));
        // alone = totals minus the 6 joint deals: A1 17 deals 7 won 10 lost; B1 16, 5 / 11; C1 15, 3 / 12
        Member a = t.members().get(0);
        assertThat(List.of(a.deals(), a.won(), a.lost())).containsExactly(17L, 7L, 10L);
        assertThat(a.winRate()).isCloseTo(7.0 / 17, within(1e-12));
        assertThat(a.averageWonAmount()).isCloseTo(100_000.0, within(1e-6));
        assertThat(a.lift()).isCloseTo((5.0 / 6) / (7.0 / 17), within(1e-12));
        assertThat(t.members().get(1).winRate()).isCloseTo(5.0 / 16, within(1e-12));
        assertThat(t.members().get(2).lift()).isCloseTo((5.0 / 6) / 0.2, within(1e-12));
        assertThat(t.liftOverBestMember()).isCloseTo((5.0 / 6) / (7.0 / 17), within(1e-12));
        assertThat(t.liftOverBaseline()).isCloseTo((5.0 / 6) / (14.0 / 38), within(1e-12));
        // pairs without the third: A1+B1 6 deals 3 won; A1+C1 5, 2 won; B1+C1 5, 1 won
        assertThat(t.pairs()).extracting(SubPair::ids).containsExactly(List.of("A1", "B1"), List.of("A1", "C1"), List.of("B1", "C1"));
        assertThat(t.pairs()).extracting(SubPair::deals).containsExactly(6L, 5L, 5L);
        assertThat(t.pairs()).extracting(SubPair::winRate).containsExactly(0.5, 0.4, 0.2);
        assertThat(t.liftOverBestPair()).isCloseTo((5.0 / 6) / 0.5, within(1e-12));
        // Fisher [[5, 1], [7, 10]] greater: (C(12,5) C(11,1) + C(12,6)) / C(23,6) = 9636 / 100947; one test, so q = p
        assertThat(t.pValue()).isCloseTo(9636.0 / 100947, within(1e-9));
        assertThat(t.qValue()).isCloseTo(t.pValue(), within(1e-12));
        assertThat(t.significant()).isFalse();
        // (5/6 - 7/17) x 6 x 200k
        assertThat(t.expectedIncrementalRevenue()).isCloseTo((5.0 / 6 - 7.0 / 17) * 6 * 200_000, within(1e-6));
    }

    @Test
    void triplesArePrunedByTheirPairs() {
        // inside deals with three partners each pair shares only the 6 triple deals: at 7 no pair, so no triple, is enumerated
        ValueCombinations none = combinationAnalysis.combinations(null, 3, CombinationOrder.INCREMENTAL_REVENUE, 7, 10);
        assertThat(none.combinations()).isEmpty();
        assertThat(none.notes()).containsExactly("no partner triple shares 7 or more deals");
        // a partner filter drops C1 from the deals: no deal keeps three matching partners
        assertThat(
                combinationAnalysis
                        .combinations(new AnalyticsFilter(null, null, List.of(PartnerType.TECHNOLOGY, PartnerType.RESELLER), null, null),
                                3, CombinationOrder.INCREMENTAL_REVENUE, 2, 10)
                        .combinations())
                .isEmpty();
        // the pairs still work on the same data: A1+B1 12 joint deals, A1+C1 and B1+C1 11
        ValueCombinations pairs = combinationAnalysis.combinations(null, 2, CombinationOrder.INCREMENTAL_REVENUE, 5, 10);
        assertThat(pairs.tested()).isEqualTo(3);
        assertThat(pairs.combinations()).allSatisfy(c -> assertThat(c.pairs()).isEmpty())
                .allSatisfy(c -> assertThat(c.liftOverBestPair()).isNull());
        assertThat(pairs.combinations())
                .filteredOn(c -> c.members().getFirst().id().equals("A1") && c.members().getLast().id().equals("B1"))
                .singleElement().satisfies(c -> assertThat(c.support()).isEqualTo(12));
        assertThatThrownBy(() -> combinationAnalysis.combinations(null, 4, CombinationOrder.INCREMENTAL_REVENUE, 5, 10))
                .isInstanceOf(BadRequestException.class).hasMessage("size must be 2 (partner pairs) or 3 (partner triples), was 4");
        assertThatThrownBy(() -> combinationAnalysis.combinations(null, 3, CombinationOrder.INCREMENTAL_REVENUE, 1, 10))
                .isInstanceOf(BadRequestException.class).hasMessage("minSupport must be 2 to 10000 joint deals, was 1");
    }

    @Test
    void anIntegrationPairAgainstEachIntegrationAloneAndAllCustomers() {
        IntegrationCombinations combos = combinationAnalysis.integrationCombinations(null, IntegrationCombinationOrder.RETAINED_ARR, 2, 10);
        // 20 customers (K1-K3, J1-J6, U1-U6, V1-V5), 7 churned (K2, U1, U2, U6, V1-V3); NPS of the 17 with a score sums to 240
        assertThat(combos.customers()).isEqualTo(20);
        assertThat(combos.baselineRetention()).isCloseTo(13.0 / 20, within(1e-12));
        assertThat(combos.baselineAverageNps()).isCloseTo(240.0 / 17, within(1e-12));
        // I1+I3 (U5, U6) has too few joint users to test
        assertThat(combos.tested()).isEqualTo(1);
        assertThat(combos.notes()).containsExactly("1 integration pairs with fewer than 5 joint customers not tested");
        IntegrationCombination c = combos.combinations().getFirst();
        assertThat(c.members()).extracting(IntegrationMember::id).containsExactly("I1", "I2");
        assertThat(c.support()).isEqualTo(6);
        assertThat(c.churned()).isZero();
        assertThat(c.retention()).isEqualTo(1.0);
        assertThat(c.retentionInterval().lower()).isCloseTo(0.609666, within(1e-5));
        assertThat(c.averageNps()).isCloseTo(50.0, within(1e-12));
        assertThat(c.averageArr()).isCloseTo(200_000.0, within(1e-6));
        // I1 without I2: U1-U6, 3 churned, NPS sum 0; I2 without I1: V1-V5, 3 churned, NPS sum -60
        IntegrationMember i1 = c.members().get(0);
        assertThat(i1.partnerId()).isEqualTo("A1");
        assertThat(i1.partnerType()).isEqualTo(PartnerType.TECHNOLOGY);
        assertThat(i1.depth()).isEqualTo(3);
        assertThat(List.of(i1.users(), i1.churned())).containsExactly(6L, 3L);
        assertThat(i1.retention()).isEqualTo(0.5);
        assertThat(i1.averageNps()).isCloseTo(0.0, within(1e-12));
        assertThat(i1.lift()).isCloseTo(2.0, within(1e-12));
        IntegrationMember i2 = c.members().get(1);
        assertThat(i2.retention()).isCloseTo(0.4, within(1e-12));
        assertThat(i2.averageNps()).isCloseTo(-12.0, within(1e-12));
        assertThat(i2.lift()).isCloseTo(2.5, within(1e-12));
        assertThat(c.liftOverBestMember()).isCloseTo(2.0, within(1e-12));
        assertThat(c.liftOverBaseline()).isCloseTo(20.0 / 13, within(1e-12));
        // Fisher [[6, 0], [3, 3]] greater: C(9,6) / C(12,6) = 84 / 924
        assertThat(c.pValue()).isCloseTo(84.0 / 924, within(1e-9));
        assertThat(c.significant()).isFalse();
        // (1 - 0.5) x 6 x 200k
        assertThat(c.expectedRetainedArr()).isCloseTo(600_000.0, within(1e-6));
    }

    @Test
    void integrationPairsFollowTheAsOfDateAndTheBuilders() {
        // before 2026-03-01 J5 and J6 did not use I2: 4 joint users, untested
        IntegrationCombinations early = combinationAnalysis.integrationCombinations(
                new AnalyticsFilter(LocalDate.parse("2026-02-01"), null, null, null, null),
                IntegrationCombinationOrder.RETAINED_ARR, 2, 10);
        assertThat(early.tested()).isZero();
        assertThat(early.notes()).containsExactly("2 integration pairs with fewer than 5 joint customers not tested");
        // C1 (services) built I3: filtered out, only I1+I2 remains
        IntegrationCombinations built = combinationAnalysis.integrationCombinations(new AnalyticsFilter(null, LocalDate.parse("2025-01-01"),
                List.of(PartnerType.TECHNOLOGY, PartnerType.RESELLER), null, null), IntegrationCombinationOrder.NPS, 2, 10);
        assertThat(built.tested()).isEqualTo(1);
        assertThat(built.notes()).containsExactly("filter.from is not used: churn and NPS are the customers' current state");
        assertThat(combinationAnalysis.integrationCombinations(null, IntegrationCombinationOrder.SUPPORT, 7, 10).notes())
                .containsExactly("no integration pair is used together by 7 or more customers");
        assertThatThrownBy(() -> combinationAnalysis.integrationCombinations(null, IntegrationCombinationOrder.RETAINED_ARR, 10_001, 10))
                .isInstanceOf(BadRequestException.class).hasMessage("minSupport must be 2 to 10000 joint customers, was 10001");
    }
}
