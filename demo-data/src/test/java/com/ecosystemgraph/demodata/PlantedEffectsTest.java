package com.ecosystemgraph.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planted effects come back out of the written CSV files of the default (scale 1, seed 42)
 * ecosystem. Tolerances: effects the generator calibrates from realised values (win rates,
 * amounts, cycle medians, co-selling by integration depth, revenue shares) are checked tightly
 * (rounding and medians of whole days); effects that are Bernoulli draws over a few hundred
 * partners (AUCs, base rate, shares of partners) get the width of about two standard errors.
 */
class PlantedEffectsTest {

    @TempDir
    static Path folder;

    static EcosystemMetrics m;
    static JsonNode planted;

    @BeforeAll
    static void generate() throws IOException {
        new DemoEcosystemGenerator().generate(DemoOptions.defaults(), folder);
        m = new EcosystemMetrics(folder);
        planted = JsonMapper.builder().build().readTree(Files.readString(folder.resolve("planted/planted-effects.json")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(node -> list.add(node.asString()));
        return list;
    }

    @Test
    void labelFollowsTheSuccessDrawExceptThePlantedNearThresholdNoise() {
        Map<String, String> successful = new HashMap<>();
        EcosystemCsv.read(folder.resolve("planted/partner_truth.csv")).rows()
                .forEach(r -> successful.put(r.get("partner_id"), r.get("successful")));
        Set<String> noise = new HashSet<>(strings(planted.get("labelNoise").get("successfulJustBelowThreshold")));
        noise.addAll(strings(planted.get("labelNoise").get("unsuccessfulJustAboveThreshold")));
        int disagreements = 0;
        for (EcosystemMetrics.Partner p : m.labelled()) {
            boolean drawn = Boolean.parseBoolean(successful.get(p.id()));
            if (drawn != m.label(p)) {
                disagreements++;
                assertThat(noise).as("label of %s differs from its draw", p.id()).contains(p.id());
            }
        }
        assertThat(disagreements).isEqualTo(noise.size()).isLessThanOrEqualTo(m.labelled().size() / 20);
    }

    @Test
    void labelBaseRateAndRankingQuality() {
        assertThat(m.baseRate()).isBetween(0.20, 0.35);
        double oracle = m.oracleAuc();
        assertThat(oracle).isBetween(0.83, 0.95);
        // engagement is not execution capability; the legacy tier is stale: both rank clearly worse
        assertThat(m.engagementAuc()).isBetween(0.52, 0.70).isLessThan(oracle - 0.15);
        assertThat(m.tierAuc()).isBetween(0.56, 0.72).isLessThan(oracle - 0.12);
    }

    @Test
    void certifiedPartnersEarnAbout4_3TimesTheRevenue() {
        assertThat(m.certifiedRatio()).isCloseTo(4.3, within(0.15));
    }

    @Test
    void partnerSourcedDealsWin1_6TimesAsOftenAsDirect() {
        assertThat(m.winRate("partner_sourced") / m.winRate("direct")).isCloseTo(1.6, within(0.03));
        assertThat(m.winRate("direct")).isBetween(0.12, 0.30);
    }

    @Test
    void coSoldDealsAre40PercentLargerAnd60PercentFaster() {
        // like for like: within each customer segment (the raw ratio mixes segments, and direct deals concentrate in enterprise)
        for (String segment : List.of("smb", "mid_market", "enterprise")) {
            assertThat(m.averageWonAmount("co_sold", segment) / m.averageWonAmount("direct", segment)).as(segment).isCloseTo(1.4,
                    within(0.02));
        }
        assertThat(m.averageWonAmount("co_sold") / m.averageWonAmount("direct")).isLessThan(1.2);
        assertThat(m.medianDaysToClose("direct") / m.medianDaysToClose("co_sold")).isCloseTo(1.6, within(0.08));
    }

    @Test
    void level3IntegrationBuildersCoSell6_2TimesMoreThanLevel1() {
        assertThat(m.coSoldPerBuilder(3) / m.coSoldPerBuilder(1)).isCloseTo(6.2, within(0.3));
    }

    @Test
    void revenueIsConcentratedInFewPartners() {
        assertThat(m.topDecileShare()).isBetween(0.55, 0.85);
        assertThat(m.gini()).isGreaterThanOrEqualTo(0.70);
        assertThat(m.partnerDrivenShare()).isCloseTo(0.31, within(0.01));
    }

    @Test
    void synergisticPairsWinTogetherFarMoreThanApartAndRankFirst() {
        JsonNode pairs = planted.get("synergisticPairs");
        assertThat(pairs).hasSize(5);
        Set<String> plantedKeys = new HashSet<>();
        for (JsonNode pair : pairs) {
            List<String> ids = strings(pair.get("partners"));
            EcosystemMetrics.PairStats stats = m.pairStats(ids.get(0), ids.get(1));
            assertThat(stats.together()).as("joint deals of %s", ids).isGreaterThanOrEqualTo(40);
            assertThat(stats.togetherWinRate()).isBetween(0.58, 0.72);
            assertThat(stats.apartWinRateA()).isBetween(0.15, 0.38);
            assertThat(stats.apartWinRateB()).isBetween(0.15, 0.38);
            assertThat(stats.togetherWinRate()).isGreaterThan(2 * Math.max(stats.apartWinRateA(), stats.apartWinRateB()) - 0.05);
            assertThat(stats.togetherAmount()).isGreaterThan(Math.max(stats.apartAmountA(), stats.apartAmountB()));
            plantedKeys.add(ids.stream().sorted().reduce((a, b) -> a + "|" + b).orElseThrow());
        }
        List<String> topByIncrementalRevenue = m.rankedPairs(10).stream().limit(5).map(Map.Entry::getKey).toList();
        assertThat(topByIncrementalRevenue).containsExactlyInAnyOrderElementsOf(plantedKeys);
    }

    @Test
    void customersUsingAPlantedIntegrationPairRetainBetter() {
        double both = 0;
        double bothChurned = 0;
        double one = 0;
        double oneChurned = 0;
        for (JsonNode combo : planted.get("integrationCombinations")) {
            List<String> ids = strings(combo.get("integrations"));
            double[] churn = m.comboChurn(ids.get(0), ids.get(1));
            assertThat(churn[2]).isGreaterThanOrEqualTo(30);
            both += churn[2];
            bothChurned += churn[0] * churn[2];
            one += churn[3];
            oneChurned += churn[1] * churn[3];
        }
        assertThat(bothChurned / both).isLessThan(0.5 * oneChurned / one);
    }

    @Test
    void customersWithDeepIntegrationsOrAWonPairDealRetainBetter() {
        Map<String, Integer> depth = new HashMap<>();
        EcosystemCsv.read(folder.resolve("integrations.csv")).rows()
                .forEach(r -> depth.put(r.get("id"), Integer.parseInt(r.get("depth"))));
        Set<String> deep = new HashSet<>();
        m.integrationsByCustomer.forEach((customer, integrations) -> {
            if (integrations.stream().anyMatch(i -> depth.get(i) == 3)) {
                deep.add(customer);
            }
        });
        Set<String> pairMembers = new HashSet<>();
        planted.get("synergisticPairs").forEach(pair -> pairMembers.addAll(strings(pair.get("partners"))));
        Set<String> pairWins = new HashSet<>();
        m.rolesByDeal.forEach((deal, roles) -> {
            EcosystemMetrics.Deal d = m.deals.get(deal);
            if (d.outcome().equals("won") && roles.stream().filter(r -> pairMembers.contains(r.partner())).count() == 2) {
                pairWins.add(d.customer());
            }
        });
        assertThat(churnRate(deep, true)).isLessThan(0.8 * churnRate(deep, false));
        assertThat(pairWins).hasSizeGreaterThan(50);
        assertThat(churnRate(pairWins, true)).isLessThan(0.7 * churnRate(pairWins, false));
    }

    private static double churnRate(Set<String> group, boolean inside) {
        long all = 0;
        long churned = 0;
        for (Map.Entry<String, Boolean> e : m.customerChurned.entrySet()) {
            if (group.contains(e.getKey()) == inside) {
                all++;
                churned += e.getValue() ? 1 : 0;
            }
        }
        return churned / (double) all;
    }

    @Test
    void superConnectorsReachTheMostDownstreamRevenue() {
        List<String> connectors = new ArrayList<>();
        for (JsonNode connector : planted.get("superConnectors")) {
            connectors.add(connector.get("id").asString());
        }
        assertThat(connectors).hasSizeBetween(3, 5);
        Map<String, List<String>> children = m.referralChildren();
        for (String connector : connectors) {
            assertThat(children.get(connector)).as("direct referrals of %s", connector).hasSizeBetween(10, 25);
        }
        List<String> ranked = m.downstreamRevenue().entrySet().stream()
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).map(Map.Entry::getKey).toList();
        assertThat(ranked.subList(0, connectors.size())).containsExactlyInAnyOrderElementsOf(connectors);
        assertThat(m.longestChain()).isBetween(4, 8);
    }

    @Test
    void dilutedPartnersAbsorbTopQuartileInvestmentWithoutOutcomes() {
        List<String> diluted = strings(planted.get("dilutedPartners"));
        assertThat(diluted).hasSize(15);
        double topQuartile = m.investmentQuartile();
        for (String id : diluted) {
            assertThat(m.investmentTotal.get(id)).as(id).isGreaterThanOrEqualTo(topQuartile);
            assertThat(m.creditedAllTime.getOrDefault(id, 0.0)).as(id).isLessThan(10_000);
        }
    }

    @Test
    void superConnectorsAbsorbMoreThanTheirOwnDealsReturn() {
        double topQuartile = m.investmentQuartile();
        for (JsonNode connector : planted.get("superConnectors")) {
            String id = connector.get("id").asString();
            double invested = m.investmentTotal.get(id);
            assertThat(invested).as(id).isGreaterThanOrEqualTo(topQuartile);
            // below 1 per dollar on its own deals: only its referees' revenue repays it
            assertThat(m.creditedAllTime.getOrDefault(id, 0.0)).as(id).isLessThan(invested);
            assertThat(m.downstreamRevenue().get(id)).as(id).isGreaterThan(5 * invested);
        }
    }

    @Test
    void outsideThePlantedPartnersTopQuartileSupportIsRepaid() {
        double topQuartile = m.investmentQuartile();
        List<String> special = new ArrayList<>(strings(planted.get("dilutedPartners")));
        planted.get("superConnectors").forEach(c -> special.add(c.get("id").asString()));
        long checked = 0;
        for (Map.Entry<String, Double> e : m.investmentTotal.entrySet()) {
            if (e.getValue() >= topQuartile && !special.contains(e.getKey())) {
                assertThat(m.creditedAllTime.getOrDefault(e.getKey(), 0.0)).as(e.getKey()).isGreaterThanOrEqualTo(e.getValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void aPlantedTripleSharesTenOrMoreDeals() {
        JsonNode triples = planted.get("synergisticTriples");
        assertThat(triples).hasSize(1);
        List<String> members = strings(triples.get(0).get("partners"));
        long joint = m.rolesByDeal.values().stream()
                .filter(rows -> rows.stream().map(EcosystemMetrics.Role::partner).toList().containsAll(members)).count();
        assertThat(joint).isEqualTo(triples.get(0).get("jointDeals").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(triples.get(0).get("jointWinRate").asDouble()).isGreaterThan(0.65);
    }

    @Test
    void theDriverEffectsAreExposedWithTheirRealisedSize() {
        JsonNode drivers = planted.get("drivers");
        assertThat(drivers.get("certification").get("planted").asDouble()).isEqualTo(4.3);
        assertThat(drivers.get("certification").get("realised").asDouble()).isCloseTo(m.certifiedRatio(), within(1e-3));
        assertThat(drivers.get("integrationDepth").get("planted").asDouble()).isEqualTo(6.2);
        assertThat(drivers.get("integrationDepth").get("realised").asDouble())
                .isCloseTo(m.coSoldPerBuilder(3) / m.coSoldPerBuilder(1), within(1e-3));
    }

    @Test
    void partnerEconomicsFollowTheProgramTerms() {
        assertThat(m.belowReturnShare(2.5)).isBetween(0.20, 0.30);
        for (EcosystemMetrics.Role r : m.roles) {
            if (r.earnings() == 0) {
                continue;
            }
            double rate = r.earnings() / m.deals.get(r.deal()).amount();
            String type = m.partners.get(r.partner()).type();
            if (!r.role().equals("influenced") && type.equals("referral")) {
                assertThat(rate).as("referral commission").isBetween(0.0999, 0.2001);
            } else if (!r.role().equals("influenced") && type.equals("reseller")) {
                assertThat(rate).as("reseller margin").isBetween(0.1999, 0.4001);
            } else {
                double expected = switch (r.stage()) {
                    case "before_contact" -> 0.25;
                    case "after_first_meeting" -> 0.20;
                    case "late_stage" -> 0.15;
                    default -> 0.10;
                };
                assertThat(rate).as("registration commission").isCloseTo(expected, within(0.0005));
            }
        }
    }

    @Test
    void aFewPercentOfCustomersSeeChannelConflict() {
        assertThat(m.conflictCustomerShare()).isBetween(0.03, 0.05);
        Set<String> detected = m.conflictCustomers();
        assertThat(detected).containsAll(strings(planted.get("plantedConflictCustomers")));
    }

    @Test
    void mostNewPartnersCloseAFirstDealWithin90Days() {
        assertThat(m.firstDealWithin90Days(DemoOptions.defaults().historyStart())).isGreaterThan(0.7);
    }

    @Test
    void hyperscalersAreSupernodes() {
        long supernodes = m.servedCount.values().stream().filter(n -> n >= 1_000).count();
        assertThat(supernodes).isGreaterThanOrEqualTo(2);
    }

    @Test
    void partnerTypesBehaveTypically() {
        Map<String, Map<String, Double>> mix = m.roleMixByType();
        assertThat(mix).containsOnlyKeys("referral", "technology", "reseller", "strategic", "services");
        assertThat(mix.get("referral").get("sourced")).isGreaterThan(0.75);
        assertThat(mix.get("reseller").get("sourced") + mix.get("reseller").get("co_sold")).isGreaterThan(0.8);
        assertThat(mix.get("technology").get("co_sold")).isGreaterThan(mix.get("technology").get("sourced"));
        assertThat(mix.get("services").get("influenced")).isGreaterThan(0.6);
        assertThat(mix.get("strategic").get("co_sold")).isGreaterThan(0.6);
    }

    @Test
    void assignedTiersDisagreeVisiblyWithPerformance() {
        assertThat(planted.get("tierMismatch").get("overTiered").size()).isGreaterThanOrEqualTo(5);
        assertThat(planted.get("tierMismatch").get("underTiered").size()).isGreaterThanOrEqualTo(5);
    }
}
