package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.tiers.TierAnalyses;
import com.ecosystemgraph.analytics.returns.ReturnAnalyses;
import com.ecosystemgraph.analytics.economics.EconomicsAnalyses;
import com.ecosystemgraph.analytics.referrals.ReferralAnalysis;
import com.ecosystemgraph.analytics.referrals.ReferralNetwork;
import com.ecosystemgraph.analytics.referrals.ReferralStructure;
import com.ecosystemgraph.analytics.combinations.CombinationAnalysis;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations;
import com.ecosystemgraph.analytics.combinations.ValueCombinations;
import com.ecosystemgraph.analytics.returns.PartnerReturns;
import com.ecosystemgraph.analytics.returns.ReturnAnalysis;
import com.ecosystemgraph.analytics.kpis.KpiAnalysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.kpis.EcosystemKpis;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.SourceComparison;
import com.ecosystemgraph.analytics.referrals.ReferralNetwork.ReferralReach;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.Member;
import com.ecosystemgraph.analytics.economics.PartnerEconomics;
import com.ecosystemgraph.analytics.tiers.TierMismatches;
import com.ecosystemgraph.analytics.tiers.TierMismatches.TierMismatch;
import com.ecosystemgraph.graph.DealSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * On the demo ecosystem (seed 42, scale 1) the analytics recover what the generator planted
 * (docs/demo-data.md): ratios within 10%, the synergistic pairs as the top combinations, the
 * super-connectors on top of the referral ranking, the diluted partners flagged.
 */
class AnalyticsPlantedEffectsIT {

    static ReferralAnalysis referralAnalysis;
    static KpiAnalysis kpiAnalysis;
    static ReturnAnalysis returnAnalysis;
    static CombinationAnalysis combinationAnalysis;
    static JsonNode planted;

    @BeforeAll
    static void importDemo() {
        planted = PlantedEcosystem.importInto();
        referralAnalysis = AnalyticsFixtureIT.referrals();
        kpiAnalysis = AnalyticsFixtureIT.kpis();
        returnAnalysis = ReturnAnalyses.on(AnalyticsFixtureIT.repository());
        combinationAnalysis = AnalyticsFixtureIT.combinations();
    }

    @Test
    void attributionRatios() {
        EcosystemKpis kpis = kpiAnalysis.kpis(null);
        System.out.println("planted KPIs: " + kpis.partnerVsDirect() + " driven share " + kpis.partnerDrivenShare() + " ttfd "
                + kpis.timeToFirstDeal());
        assertThat(comparison(kpis, DealSource.PARTNER_SOURCED).winRateRatio()).isCloseTo(1.60, within(0.16));
        // planted like for like (within customer segments); direct deals concentrate in enterprise accounts, so the raw ratio is lower
        assertThat(comparison(kpis, DealSource.CO_SOLD).dealSizeRatio()).isLessThan(1.2);
        assertThat(kpiAnalysis.likeForLike(kpis.partnerVsDirect().getFirst().filter()).get(DealSource.CO_SOLD).dealSize().adjusted())
                .isCloseTo(1.40, within(0.14));
        assertThat(comparison(kpis, DealSource.CO_SOLD).speedRatio()).isCloseTo(1.60, within(0.16));
        assertThat(kpis.partnerDrivenShare()).isCloseTo(0.31, within(0.031));
        assertThat(kpis.timeToFirstDeal().shareWithin90Days()).isCloseTo(0.927, within(0.0927));
    }

    @Test
    void concentrationAndDilution() {
        PartnerReturns returns = returnAnalysis.returns(null, 20);
        System.out.println("planted concentration: " + returns.concentration().top10Share() + " gini " + returns.concentration().gini()
                + " diluted " + returns.dilution().partners().stream().map(PartnerReturns.DilutedPartner::id).toList());
        assertThat(returns.concentration().top10Share()).isCloseTo(0.72, within(0.072));
        assertThat(returns.concentration().gini()).isCloseTo(0.83, within(0.083));
        assertThat(returns.dilution().partners()).extracting(PartnerReturns.DilutedPartner::id)
                .containsExactlyInAnyOrderElementsOf(PlantedEcosystem.texts(planted.get("dilutedPartners")));
        // the relative reading on own revenue still catches them too
        assertThat(returns.relativeDilution().partners()).extracting(PartnerReturns.DilutedPartner::id)
                .containsAll(PlantedEcosystem.texts(planted.get("dilutedPartners")));
    }

    @Test
    void tierMismatchesTwoStepsApart() {
        TierMismatches tiers = TierAnalyses.on(AnalyticsFixtureIT.repository()).tiers(null, 2, 12);
        System.out.println("planted tiers: over " + tiers.overTiered().size() + " under " + tiers.underTiered().size());
        assertThat(tiers.overTiered()).extracting(TierMismatch::id)
                .containsExactlyInAnyOrderElementsOf(PlantedEcosystem.texts(planted.get("tierMismatch").get("overTiered")));
        assertThat(tiers.underTiered()).extracting(TierMismatch::id)
                .containsExactlyInAnyOrderElementsOf(PlantedEcosystem.texts(planted.get("tierMismatch").get("underTiered")));
    }

    @Test
    void economicsBelowTwoAndAHalfTimes() {
        PartnerEconomics economics = EconomicsAnalyses.on(AnalyticsFixtureIT.repository()).economics(null, 2.5, 10);
        System.out.println(
                "planted economics: " + economics.atRiskShare() + " of " + economics.evaluated() + " / " + economics.partnersWithDeals()
                        + " notes " + economics.notes());
        assertThat(economics.atRiskShare()).isCloseTo(0.25, within(0.025));
    }

    @Test
    void synergisticPairsAreTheTopFive() {
        ValueCombinations combinations = combinationAnalysis.combinations(null, 2, ValueCombinations.CombinationOrder.INCREMENTAL_REVENUE,
                10, 5);
        Set<Set<String>> found = new HashSet<>();
        combinations.combinations().forEach(c -> found.add(Set.copyOf(c.members().stream().map(Member::id).toList())));
        Set<Set<String>> expected = new HashSet<>();
        planted.get("synergisticPairs").forEach(p -> expected.add(Set.copyOf(PlantedEcosystem.texts(p.get("partners")))));
        System.out.println("planted pairs: tested " + combinations.tested() + " top " + combinations.combinations().stream()
                .map(c -> c.members().stream().map(Member::id).toList() + " wr " + c.winRate() + " q " + c.qValue() + " inc "
                        + c.expectedIncrementalRevenue())
                .toList());
        assertThat(found).isEqualTo(expected);
        assertThat(combinations.combinations()).allSatisfy(c -> assertThat(c.significant()).isTrue());
    }

    @Test
    void plantedIntegrationPairsLeadTheIntegrationCombinations() {
        Set<Set<String>> expected = new HashSet<>();
        planted.get("integrationCombinations").forEach(c -> expected.add(Set.copyOf(PlantedEcosystem.texts(c.get("integrations")))));
        IntegrationCombinations combinations = combinationAnalysis.integrationCombinations(null,
                IntegrationCombinations.IntegrationCombinationOrder.RETAINED_ARR,
                10, expected.size());
        System.out.println("planted integration pairs: " + expected + " tested " + combinations.tested() + " top "
                + combinations.combinations()
                        .stream()
                        .map(c -> c.members().stream().map(IntegrationCombinations.IntegrationMember::id).toList() + " users " + c.support()
                                + " churned " + c.churned() + " alone "
                                + c.members().stream().map(IntegrationCombinations.IntegrationMember::retention).toList()
                                + " p " + c.pValue() + " arr " + Math.round(c.expectedRetainedArr()))
                        .toList());
        Set<Set<String>> found = new HashSet<>();
        combinations.combinations()
                .forEach(c -> found.add(Set.copyOf(c.members().stream().map(IntegrationCombinations.IntegrationMember::id).toList())));
        assertThat(found).isEqualTo(expected);
        // near-zero churn together, against the normal rate for users of only one of the two
        assertThat(combinations.combinations()).allSatisfy(c -> {
            assertThat(c.retention()).isGreaterThanOrEqualTo(0.98);
            assertThat(c.liftOverBestMember()).isGreaterThan(1.0);
        });
        // the partner triples run on the same data: the planted triple is the only one with 10 joint deals
        ValueCombinations triples = combinationAnalysis.combinations(null, 3, ValueCombinations.CombinationOrder.INCREMENTAL_REVENUE, 10,
                10);
        assertThat(triples.size()).isEqualTo(3);
        assertThat(triples.combinations()).extracting(c -> Set.copyOf(c.members().stream().map(Member::id).toList()))
                .containsExactly(Set.copyOf(PlantedEcosystem.texts(planted.get("synergisticTriples").get(0).get("partners"))));
    }

    @Test
    void superConnectorsLeadTheReferralRanking() {
        List<String> connectors = PlantedEcosystem.texts(planted.get("superConnectors").valueStream().map(c -> c.get("id")).collect(
                tools.jackson.databind.node.JsonNodeFactory.instance::arrayNode, (a, n) -> a.add(n), (a, b) -> a.addAll(b)));
        ReferralNetwork network = referralAnalysis.network(null, 3, 0.5, connectors.size());
        System.out.println("planted referrals: " + connectors + " ranking "
                + network.ranking().stream().map(r -> r.id() + "=" + Math.round(r.creditedRevenue())).toList());
        assertThat(network.ranking()).extracting(ReferralReach::id).containsExactlyInAnyOrderElementsOf(connectors);
        ReferralStructure structure = referralAnalysis.structure(null, 10);
        System.out.println("planted structure: influence " + structure.influence() + " bridges " + structure.bridges()
                + " communities " + structure.communities().stream().map(c -> c.size()).toList());
        // the connectors' wide first-hop fan-out makes them the most influential (reversed PageRank) and the main bridges
        assertThat(structure.influence().stream().limit(connectors.size()).map(ReferralStructure.Score::id).toList())
                .containsExactlyInAnyOrderElementsOf(connectors);
        assertThat(structure.bridges().stream().limit(connectors.size() + 1).map(ReferralStructure.Score::id).toList())
                .containsAll(connectors);
        assertThat(structure.communities()).isNotEmpty();
    }

    private static SourceComparison comparison(EcosystemKpis kpis, DealSource source) {
        return kpis.partnerVsDirect().stream().filter(c -> c.source() == source).findFirst().orElseThrow();
    }
}
