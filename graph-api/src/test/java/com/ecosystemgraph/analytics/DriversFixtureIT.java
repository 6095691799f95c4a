package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.drivers.DriverAnalyses;
import com.ecosystemgraph.analytics.returns.ReturnAnalyses;
import com.ecosystemgraph.analytics.plan.InvestmentPlan;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers;
import com.ecosystemgraph.analytics.returns.PartnerReturns;
import com.ecosystemgraph.analytics.returns.ReturnAnalysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverGroup;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverLever;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverRatio;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.Lever;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.Outcome;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

/**
 * performanceDrivers on cypher/fixtures/analytics/drivers.cypher, where certification goes with size
 * (a Simpson's paradox: 3.5x raw, exactly 2x within each stratum), against values computed by hand; and
 * every reading on an ecosystem without investments, referrals, certifications or integrations.
 */
class DriversFixtureIT {

    private static PerformanceDrivers load(String fixture) {
        TestNeo4j.clean();
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture(fixture)).consume();
        }
        new Rollups(TestNeo4j.driver(), null).rebuildAll();
        return DriverAnalyses.on(AnalyticsFixtureIT.repository(), AnalyticsFixtureIT.runner()).drivers(null);
    }

    @Test
    void certificationIsComparedRawAndWithinTypeSizeAndRegion() {
        PerformanceDrivers drivers = load("analytics/drivers");
        assertThat(drivers.partners()).isEqualTo(19);
        DriverLever certification = lever(drivers, Lever.CERTIFICATION);
        assertThat(certification.reference()).isEqualTo("0");
        assertThat(certification.notes()).contains("1 partners without certified staff are left out");
        DriverGroup certified = group(certification, "1+");
        DriverGroup none = group(certification, "0");
        assertThat(none.reference()).isTrue();
        assertThat(none.ratios()).isEmpty();
        // (18 + 22 + 20 + 180 + 220 + 200 + 200 + 180 + 220)k / 9 = 140k; (8 + 12 + 10 + 10 + 8 + 12 + 90 + 110 + 100)k / 9 = 40k
        assertThat(certified.revenuePerPartner()).isCloseTo(140_000, within(1e-6));
        assertThat(none.revenuePerPartner()).isCloseTo(40_000, within(1e-6));
        DriverRatio revenue = ratio(certified, Outcome.REVENUE);
        assertThat(revenue.raw()).isCloseTo(3.5, within(1e-9));
        // within A 20k / 10k, within B 200k / 100k; weights n1·n0/N = 3·6/9 = 2 and 6·3/9 = 2: (2·20k + 2·200k) / (2·10k + 2·100k)
        assertThat(revenue.adjusted()).isCloseTo(2.0, within(1e-9));
        assertThat(revenue.strata()).isEqualTo(2);
        assertThat(revenue.partnersCompared()).isEqualTo(18);
        // delta method: var(Σw·m1) = 4·4e6/3 + 4·3.2e8/6, var(Σw·m0) = 4·3.2e6/6 + 4·1e8/3; se(log) = sqrt(varA/440k² + varB/220k²)
        double se = Math
                .sqrt((4 * 4e6 / 3 + 4 * 3.2e8 / 6) / (440_000.0 * 440_000.0) + (4 * 3.2e6 / 6 + 4 * 1e8 / 3) / (220_000.0 * 220_000.0));
        assertThat(revenue.adjustedInterval().lower()).isCloseTo(2 * Math.exp(-Ratios.Z * se), within(1e-9));
        assertThat(revenue.adjustedInterval().upper()).isCloseTo(2 * Math.exp(Ratios.Z * se), within(1e-9));
        assertThat(revenue.rawInterval().lower()).isLessThan(2.0);
        assertThat(revenue.disagree()).isFalse();

        // win rate: certified 9 won of 12 closed, the others 9 of 15: 1.25 raw; Mantel-Haenszel
        // A: 3·12/18 = 2 against 6·6/18 = 2, B: 6·3/9 = 2 against 3·6/9 = 2: exactly 1
        DriverRatio winRate = ratio(certified, Outcome.WIN_RATE);
        assertThat(certified.winRate()).isCloseTo(0.75, within(1e-9));
        assertThat(none.winRate()).isCloseTo(0.6, within(1e-9));
        assertThat(winRate.raw()).isCloseTo(1.25, within(1e-9));
        assertThat(winRate.adjusted()).isCloseTo(1.0, within(1e-9));
        // co-sold deals: 15 / 9 against 5 / 9, and within the strata (2·2.5) / (2·5/6)
        assertThat(ratio(certified, Outcome.CO_SOLD_DEALS).raw()).isCloseTo(3.0, within(1e-9));
        assertThat(ratio(certified, Outcome.CO_SOLD_DEALS).adjusted()).isCloseTo(3.0, within(1e-9));

        DriverLever bands = lever(drivers, Lever.CERTIFIED_STAFF);
        assertThat(bands.groups()).extracting(DriverGroup::key).containsExactly("0", "1-2", "3-5", "6-10", "11+");
        assertThat(group(bands, "3-5").partners()).isEqualTo(6);
        assertThat(ratio(group(bands, "3-5"), Outcome.REVENUE).raw()).isCloseTo(5.0, within(1e-9));
        // only B's three uncertified partners share a stratum with the 3-5 band: too few to adjust
        assertThat(ratio(group(bands, "3-5"), Outcome.REVENUE).adjusted()).isNull();
        assertThat(ratio(group(bands, "3-5"), Outcome.REVENUE).note()).contains("adjusted: fewer than 5 partners");
        assertThat(group(bands, "1-2").revenuePerPartner()).isNull();
        assertThat(ratio(group(bands, "1-2"), Outcome.REVENUE).raw()).isNull();
        assertThat(bands.notes()).contains("1-2: fewer than 5 partners (3); figures not reported");
    }

    @Test
    void integrationDepthEngagementTypeAndTenure() {
        PerformanceDrivers drivers = load("analytics/drivers");
        DriverLever depth = lever(drivers, Lever.INTEGRATION_DEPTH);
        assertThat(depth.reference()).isEqualTo("1");
        DriverGroup level3 = group(depth, "3");
        DriverGroup level1 = group(depth, "1");
        assertThat(level3.partners()).isEqualTo(5);
        assertThat(level3.coSoldPerPartner()).isCloseTo(3.0, within(1e-9));
        assertThat(level1.coSoldPerPartner()).isCloseTo(1.0, within(1e-9));
        // users: five level-3 integrations with two customers each, five level-1 with four
        assertThat(level3.integrationUsers()).isEqualTo(10);
        assertThat(level1.integrationUsers()).isEqualTo(20);
        assertThat(level3.coSoldPerIntegrationUser()).isCloseTo(1.5, within(1e-9));
        assertThat(ratio(level3, Outcome.CO_SOLD_DEALS).raw()).isCloseTo(3.0, within(1e-9));
        DriverRatio perUser = ratio(level3, Outcome.CO_SOLD_PER_INTEGRATION_USER);
        assertThat(perUser.raw()).isCloseTo(6.0, within(1e-9));
        // Poisson interval of the rate ratio: sqrt(1/15 + 1/5)
        assertThat(perUser.rawInterval().upper()).isCloseTo(6.0 * Math.exp(Ratios.Z * Math.sqrt(1 / 15.0 + 1 / 5.0)), within(1e-9));
        // the level-3 builders are all big strategic partners, the level-1 ones small resellers: no stratum holds both
        assertThat(perUser.adjusted()).isNull();
        assertThat(perUser.strata()).isZero();
        assertThat(group(depth, "2").partners()).isZero();
        assertThat(group(depth, "2").ratios()).isEmpty();
        assertThat(group(depth, "0").partners()).isEqualTo(9);

        DriverLever engagement = lever(drivers, Lever.ENGAGEMENT);
        assertThat(engagement.groups()).extracting(DriverGroup::partners).containsExactly(5L, 4L, 4L, 5L);
        assertThat(engagement.notes()).contains("1 partners without engagement counts are left out",
                "Q2: fewer than 5 partners (4); figures not reported");
        // Q4 = B05-B09 (1,020k / 5), Q1 = A01-A05 (48k / 5)
        assertThat(ratio(group(engagement, "Q4"), Outcome.REVENUE).raw()).isCloseTo(204_000 / 9_600.0, within(1e-9));

        DriverLever types = lever(drivers, Lever.PARTNER_TYPE);
        assertThat(types.reference()).isEqualTo("reseller");
        assertThat(types.adjustedFor()).containsExactly("size band", "region");
        assertThat(ratio(group(types, "strategic"), Outcome.REVENUE).raw()).isCloseTo(12.5, within(1e-9));
        assertThat(drivers.typeMix().typesFor80PercentOfRevenue()).isEqualTo(1);
        assertThat(drivers.typeMix().types()).extracting(PerformanceDrivers.TypeShare::type)
                .containsExactly(PartnerType.RESELLER, PartnerType.STRATEGIC, PartnerType.SERVICES);

        DriverLever tenure = lever(drivers, Lever.TENURE);
        assertThat(group(tenure, "2-3 years").partners()).isEqualTo(9);
        assertThat(group(tenure, "5+ years").partners()).isEqualTo(9);
        assertThat(tenure.notes()).contains("reference group 1-2 years has fewer than 5 partners (1); no ratio reported");
        assertThat(ratio(group(tenure, "5+ years"), Outcome.REVENUE).raw()).isNull();
    }

    @Test
    void dilutionIsAnAbsoluteFloorOnTheReturnWithReferralCredit() {
        load("analytics/drivers");
        ReturnAnalysis returnAnalysis = ReturnAnalyses.on(AnalyticsFixtureIT.repository());
        PartnerReturns returns = returnAnalysis.returns(null, 20);
        // 19 tenured partners; investment sorted 0, 4k, 4k, 5k, 5k, 6k, 9k, 10k, 11k, 45k, 50k, 55k, 90k, 90k, 100k, 100k, 110k, 200k, 300k:
        // the 75th percentile is halfway between 90k and 100k
        assertThat(returns.dilution().eligiblePartners()).isEqualTo(19);
        assertThat(returns.dilution().investmentThreshold()).isCloseTo(95_000, within(1e-6));
        assertThat(returns.dilution().returnThreshold()).isEqualTo(1.0);
        // B09 returns 220k / 300k on its own deals, but with B01's 90k through its referral 310k / 300k: above the floor
        PartnerReturns.PartnerReturn b09 = returns.partners().stream().filter(p -> p.id().equals("B09")).findFirst().orElseThrow();
        assertThat(b09.referralCredit()).isEqualTo(90_000.0);
        assertThat(b09.networkReturnPerDollar()).isCloseTo(310.0 / 300, within(1e-12));
        assertThat(returns.dilution().partners()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("A06");
            assertThat(p.reasons()).containsExactly(
                    "absorbed 200,000 of investment in the period, in the top quartile (75th percentile of partners with 12 months'"
                            + " tenure: 95,000)",
                    "its own partner-driven revenue 12,000 and no referral credit returned 0.06 per invested dollar, below the floor of 1.00");
        });
        // the relative reading (own revenue, bottom quartile) flags every top-quartile partner returning 2 per dollar too: its
        // bottom quartile is 2.00 in an ecosystem where nearly everyone returns 2
        assertThat(returns.relativeDilution().returnThreshold()).isEqualTo(2.0);
        assertThat(returns.relativeDilution().partners()).extracting(PartnerReturns.DilutedPartner::id)
                .containsExactly("B09", "A06", "B05", "B06", "B07");
        assertThat(returns.relativeDilution().partners().getFirst().reasons()).contains("with its referral credit 90,000 it returns 1.03"
                + " per dollar, at or above the floor of 1.00: not diluted by the absolute reading");
        assertThat(returns.relativeDilution().rule()).startsWith("relative reading");
        // the floor is the caller's: at 1.1, B09's 1.03 is below it
        assertThat(returnAnalysis.returns(null, 20, 1.1, 3, 0.5).dilution().partners()).extracting(PartnerReturns.DilutedPartner::id)
                .containsExactly("B09", "A06");
    }

    @Test
    void anEcosystemWithoutInvestmentsReferralsCertificationsOrIntegrationsGivesEmptyGroupsWithNotes() {
        PerformanceDrivers drivers = load("analytics/bare-ecosystem");
        assertThat(drivers.partners()).isEqualTo(8);
        for (Lever lever : Lever.values()) {
            DriverLever l = lever(drivers, lever);
            if (lever == Lever.TENURE) {
                continue;
            }
            assertThat(l.groups()).as(lever.name()).isEmpty();
            assertThat(l.notes()).as(lever.name()).isNotEmpty();
        }
        assertThat(lever(drivers, Lever.CERTIFICATION).notes()).contains("8 partners without certified staff are left out");
        assertThat(lever(drivers, Lever.INTEGRATION_DEPTH).notes().getFirst()).startsWith("no partner built an integration");
        // every partner signed on the same day: one tenure band
        assertThat(lever(drivers, Lever.TENURE).groups()).isEmpty();

        ReturnAnalysis returnAnalysis = ReturnAnalyses.on(AnalyticsFixtureIT.repository());
        PartnerReturns returns = returnAnalysis.returns(null, 10);
        assertThat(returns.referralCredit()).isZero();
        assertThat(returns.partners()).allSatisfy(p -> {
            assertThat(p.referralCredit()).isZero();
            assertThat(p.returnPerDollar()).isNull();
        });
        assertThat(returns.dilution().partners()).isEmpty();
        assertThat(returns.relativeDilution().partners()).isEmpty();
        assertThat(returns.notes()).contains("no referral dated on or before 2026-06-30: referral credit is 0 for every partner",
                "no investment in the period: return per dollar and dilution not reported");
        InvestmentPlan plan = InvestmentPlanIT.planner().plan(100_000, null, null);
        assertThat(plan.partners()).isEmpty();
        assertThat(plan.notes()).contains("fewer than 5 active partners with investment history (0): no plan");
    }

    @Test
    void aFloorBelowZeroOrNotANumberIsABadRequest() {
        load("analytics/bare-ecosystem");
        ReturnAnalysis returnAnalysis = ReturnAnalyses.on(AnalyticsFixtureIT.repository());
        for (double floor : new double[]{-0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> returnAnalysis.returns(null, 10, floor, 3, 0.5)).isInstanceOf(BadRequestException.class)
                    .hasMessageStartingWith("dilutionFloor must be a number of 0 or more").hasMessageEndingWith("was " + floor);
        }
        assertThat(returnAnalysis.returns(null, 10, 0, 3, 0.5).dilution().returnThreshold()).isZero();
    }

    static DriverLever lever(PerformanceDrivers drivers, Lever lever) {
        return drivers.levers().stream().filter(l -> l.lever() == lever).findFirst().orElseThrow();
    }

    static DriverGroup group(DriverLever lever, String key) {
        return lever.groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    static DriverRatio ratio(DriverGroup group, Outcome outcome) {
        return group.ratios().stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
    }
}
