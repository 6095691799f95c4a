package com.ecosystemgraph.analytics;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.plan.InvestmentPlan;
import com.ecosystemgraph.analytics.plan.InvestmentPlanner;
import com.ecosystemgraph.analytics.plan.InvestmentPlanConstraints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.plan.InvestmentPlan.InvestmentMove;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.MoveShare;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.PlannedInvestment;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.support.TestNeo4j;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The investment plan on the hand-written ecosystem of cypher/fixtures/analytics/investment-plan.cypher.
 *
 * <p>The arithmetic: S = median current investment = 100k; every partner's current investment is S,
 * so each curve is R(x) = e·S/ln 2 · ln(1 + x/S) with e its expected return per dollar, and at an
 * interior optimum x = e·(B' + n·S)/Σe - S over the n partners not held at a floor or cap (B' = the
 * budget they share). Pooled return = 1,000k / 900k = 10/9; mean IPP = (0.8+0.6+0.4+0.1+0.6)/5 = 0.5;
 * weights w = H/(H+S): A, B, E 0.5, C, D 0.75.
 */
class InvestmentPlanIT {

    static final double S = 100_000;
    static final double POOLED = 10.0 / 9;
    // e = w·history + (1-w)·pooled·p/0.5
    static final double EA = 0.5 * 4 + 0.5 * POOLED * 1.6; // 2.8889
    static final double EB = 0.5 * 2 + 0.5 * POOLED * 1.2; // 1.6667
    static final double EC = 0.75 * 1 + 0.25 * POOLED * 0.8; // 0.9722
    static final double ED = 0.75 * 0 + 0.25 * POOLED * 0.2; // 0.0556
    static final double EE = 0.5 * 1 + 0.5 * POOLED * 1.2; // 1.1667

    static InvestmentPlanner planner;

    @BeforeAll
    static void fixture() {
        TestNeo4j.clean();
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("analytics/investment-plan")).consume();
        }
        // the fixture is written around the service's statements: nothing marked its rollups stale
        new Rollups(TestNeo4j.driver(), null).rebuildAll();
        planner = planner();
    }

    static InvestmentPlanner planner() {
        return new InvestmentPlanner(AnalyticsFixtureIT.repository(), TestPeriods.periods());
    }

    static double revenue(double e, double x) {
        return e * S / Math.log(2) * Math.log1p(x / S);
    }

    @Test
    void allocatesByMarginalReturnWithTheIppPrior() {
        InvestmentPlan plan = planner.plan(500_000, null, null);
        assertThat(plan.asOf()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(plan.currentFrom()).isEqualTo(LocalDate.parse("2025-07-01"));
        assertThat(plan.partnersInPlan()).isEqualTo(5); // not G (churned), H (no investment), Q (prospect)
        assertThat(plan.currentTotal()).isEqualTo(500_000.0);
        assertThat(plan.saturationScale()).isEqualTo(S);
        assertThat(plan.pooledReturn()).isCloseTo(POOLED, within(1e-12));
        assertThat(plan.ippModelVersion()).isEqualTo("fixture-1");
        assertThat(plan.ippScoredPartners()).isEqualTo(5);

        PlannedInvestment a = partner(plan, "A");
        assertThat(a.historyInvestment()).isEqualTo(100_000.0);
        assertThat(a.historyRevenue()).isEqualTo(400_000.0);
        assertThat(a.historicalReturn()).isEqualTo(4.0);
        assertThat(a.historyWeight()).isEqualTo(0.5);
        assertThat(a.expectedReturn()).isCloseTo(EA, within(1e-12));
        assertThat(partner(plan, "E").historyRevenue()).isEqualTo(100_000.0); // the influenced 500k does not count
        assertThat(partner(plan, "D").historyWeight()).isEqualTo(0.75);

        // D's first dollar returns ED·S/ln2/S = 0.08 < the level, so D goes to 0; the other four share 500k:
        // x = e·(500k + 4·100k)/(EA+EB+EC+EE) - 100k: A 288.4k, B 124.1k, C 30.7k, E 56.8k
        double sum = EA + EB + EC + EE;
        double level = 900_000 / sum;
        assertThat(a.plannedInvestment()).isCloseTo(EA * level - S, within(0.01));
        assertThat(partner(plan, "B").plannedInvestment()).isCloseTo(EB * level - S, within(0.01));
        assertThat(partner(plan, "C").plannedInvestment()).isCloseTo(EC * level - S, within(0.01));
        assertThat(partner(plan, "E").plannedInvestment()).isCloseTo(EE * level - S, within(0.01));
        assertThat(partner(plan, "D").plannedInvestment()).isEqualTo(0.0);
        assertThat(a.plannedInvestment()).isCloseTo(288_381, within(1.0));
        assertThat(plan.partners()).extracting(PlannedInvestment::plannedInvestment)
                .satisfies(x -> assertThat(x.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(500_000, within(0.01)));
        // the water level: marginal return a/(S+x) = e·S/ln2/(S+x) = Σe·S/ln2/900k at every interior partner
        assertThat(plan.marginalReturn()).isCloseTo(sum * S / Math.log(2) / 900_000, within(1e-9));
        assertThat(a.marginalReturn()).isCloseTo(plan.marginalReturn(), within(1e-9));
        assertThat(partner(plan, "D").marginalReturn()).isLessThan(plan.marginalReturn());

        // revenue today: R(100k) = e·100k for each; planned: Σ R(x)
        double current = (EA + EB + EC + ED + EE) * S;
        double planned = revenue(EA, EA * level - S) + revenue(EB, EB * level - S) + revenue(EC, EC * level - S)
                + revenue(EE, EE * level - S);
        assertThat(plan.expectedRevenueCurrent()).isCloseTo(current, within(0.01));
        assertThat(plan.expectedRevenuePlanned()).isCloseTo(planned, within(0.01));
        assertThat(plan.expectedUplift()).isCloseTo(planned - current, within(0.01));
        assertThat(plan.expectedUplift()).isCloseTo(197_797, within(1.0));
        assertThat(plan.partnersChanged()).isEqualTo(5);

        // largest change first
        assertThat(plan.partners()).extracting(PlannedInvestment::id).containsExactly("A", "D", "C", "E", "B");
        assertThat(plan.assumptions()).anyMatch(s -> s.contains("model version fixture-1 for 5 of 5 partners"))
                .anyMatch(s -> s.contains("R(x) = a·ln(1 + x/S)") && s.contains("S = 100,000"))
                .anyMatch(s -> s.contains("the start of the data to 2026-06-30") && s.contains("2025-07-01 to 2026-06-30"));
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void movesGroupTheReductionsIntoTheIncreases() {
        InvestmentPlan plan = planner.plan(500_000, null, null);
        double level = 900_000 / (EA + EB + EC + EE);
        double toA = EA * level - S - S; // A's increase, 188.4k
        double fromC = S - (EC * level - S);
        double fromE = S - (EE * level - S);
        double toB = EB * level - S - S;
        // reductions D 100k, C 69.3k, E 43.2k; increases A 188.4k, B 24.1k: two recipients, so one move per recipient;
        // D -> A 100k, C -> A 69.3k, E -> A 19.1k, E -> B 24.1k
        assertThat(plan.moves()).hasSize(2);
        InvestmentMove first = plan.moves().getFirst();
        assertThat(first.to()).extracting(MoveShare::id).containsExactly("A");
        assertThat(first.from()).extracting(MoveShare::id).containsExactly("D", "C", "E");
        assertThat(first.amount()).isCloseTo(toA, within(0.01));
        assertThat(first.from().get(0).amount()).isCloseTo(100_000, within(0.01));
        assertThat(first.from().get(1).amount()).isCloseTo(fromC, within(0.01));
        assertThat(first.from().get(2).amount()).isCloseTo(toA - 100_000 - fromC, within(0.01));
        InvestmentMove second = plan.moves().get(1);
        assertThat(second.from()).extracting(MoveShare::id).containsExactly("E");
        assertThat(second.to()).extracting(MoveShare::id).containsExactly("B");
        assertThat(second.amount()).isCloseTo(toB, within(0.01));
        assertThat(fromE).isCloseTo(toA - 100_000 - fromC + toB, within(0.01));
        // each flow: amount × (recipient's gain per dollar - donor's loss per dollar)
        double gainA = (revenue(EA, EA * level - S) - revenue(EA, S)) / toA;
        double gainB = (revenue(EB, EB * level - S) - revenue(EB, S)) / toB;
        double lossD = revenue(ED, S) / S;
        double lossC = (revenue(EC, S) - revenue(EC, EC * level - S)) / fromC;
        double lossE = (revenue(EE, S) - revenue(EE, EE * level - S)) / fromE;
        double eFlowToA = toA - 100_000 - fromC;
        assertThat(first.expectedRevenueEffect()).isCloseTo(
                100_000 * (gainA - lossD) + fromC * (gainA - lossC) + eFlowToA * (gainA - lossE),
                within(0.01));
        assertThat(second.expectedRevenueEffect()).isCloseTo(toB * (gainB - lossE), within(0.01));
        assertThat(first.expectedRevenueEffect() + second.expectedRevenueEffect()).isCloseTo(plan.expectedUplift(), within(0.01));
    }

    @Test
    void historyOnlyWithoutStoredScores() {
        try (var session = TestNeo4j.driver().session()) {
            session.run("MATCH (p:Partner) REMOVE p.ippProbability").consume();
            InvestmentPlan plan = planner.plan(500_000, null, null);
            // e = w·history + (1-w)·10/9: A 2.5556, B 1.5556, C 1.0278, D 0.2778, E 1.0556; D still below the level
            double ea = 0.5 * 4 + 0.5 * POOLED;
            double ec = 0.75 + 0.25 * POOLED;
            double sum = ea + (1 + 0.5 * POOLED) + ec + (0.5 + 0.5 * POOLED);
            assertThat(partner(plan, "A").plannedInvestment()).isCloseTo(ea * 900_000 / sum - S, within(0.01));
            assertThat(partner(plan, "C").plannedInvestment()).isCloseTo(ec * 900_000 / sum - S, within(0.01));
            assertThat(partner(plan, "D").plannedInvestment()).isEqualTo(0.0);
            assertThat(plan.ippModelVersion()).isNull();
            assertThat(plan.assumptions()).anyMatch(s -> s.startsWith("IPP probability: none stored") && s.contains("history only"));
        } finally {
            try (var session = TestNeo4j.driver().session()) {
                session.run("MATCH (p:Partner) WHERE p.id IN ['A', 'B', 'C', 'D', 'E', 'Q'] "
                        + "SET p.ippProbability = CASE p.id WHEN 'A' THEN 0.8 WHEN 'B' THEN 0.6 WHEN 'C' THEN 0.4 WHEN 'D' THEN 0.1 "
                        + "WHEN 'E' THEN 0.6 ELSE 0.9 END").consume();
            }
        }
    }

    @Test
    void capsFloorsAndKeptShares() {
        // A capped at 200k; B, C, E share 300k: x = e·(300k + 3·S)/(EB+EC+EE) - S
        InvestmentPlan capped = planner.plan(500_000, new InvestmentPlanConstraints(200_000.0, null, null, null, null, null, null), null);
        assertThat(partner(capped, "A").plannedInvestment()).isCloseTo(200_000, within(0.01));
        assertThat(partner(capped, "B").plannedInvestment()).isCloseTo(EB * 600_000 / (EB + EC + EE) - S, within(0.01));
        assertThat(partner(capped, "D").plannedInvestment()).isEqualTo(0.0);
        assertThat(partner(capped, "A").marginalReturn()).isGreaterThan(capped.marginalReturn());
        invariants(capped, 500_000, 0, 200_000);

        // D kept at the 20k floor, the other four share 480k
        InvestmentPlan floored = planner.plan(500_000, new InvestmentPlanConstraints(null, 20_000.0, null, null, null, null, null), null);
        assertThat(partner(floored, "D").plannedInvestment()).isCloseTo(20_000, within(0.01));
        assertThat(partner(floored, "A").plannedInvestment()).isCloseTo(EA * 880_000 / (EA + EB + EC + EE) - S, within(0.01));
        invariants(floored, 500_000, 20_000, Double.MAX_VALUE);

        // keepCurrent 0.5: D, then C (23.4k < 50k), then E (42.7k < 50k) stop at 50k; A and B share 350k
        InvestmentPlan kept = planner.plan(500_000, new InvestmentPlanConstraints(null, null, null, null, null, null, 0.5), null);
        assertThat(partner(kept, "D").plannedInvestment()).isCloseTo(50_000, within(0.01));
        assertThat(partner(kept, "C").plannedInvestment()).isCloseTo(50_000, within(0.01));
        assertThat(partner(kept, "E").plannedInvestment()).isCloseTo(50_000, within(0.01));
        assertThat(partner(kept, "A").plannedInvestment()).isCloseTo(EA * 550_000 / (EA + EB) - S, within(0.01));
        invariants(kept, 500_000, 50_000, Double.MAX_VALUE);

        // a bigger budget: today's shares scale by 1.5 (150k each) before the comparison
        InvestmentPlan bigger = planner.plan(750_000, null, null);
        assertThat(partner(bigger, "B").currentAtBudget()).isCloseTo(150_000, within(1e-6));
        assertThat(partner(bigger, "B").currentInvestment()).isEqualTo(100_000.0);
        assertThat(bigger.moves().stream().mapToDouble(InvestmentMove::expectedRevenueEffect).sum())
                .isCloseTo(bigger.expectedUplift(), within(0.01));
        invariants(bigger, 750_000, 0, Double.MAX_VALUE);
    }

    @Test
    void onlyAllowedPartnersChange() {
        // only resellers (A, C) may change; B, D, E stay at 100k, so A and C share 200k: x = e·(200k + 2·S)/(EA+EC) - S
        InvestmentPlan plan = planner.plan(500_000,
                new InvestmentPlanConstraints(null, null, List.of(PartnerType.RESELLER), null, null, null, null), null);
        assertThat(partner(plan, "B").plannedInvestment()).isEqualTo(100_000.0);
        assertThat(partner(plan, "B").held()).isTrue();
        assertThat(partner(plan, "D").plannedInvestment()).isEqualTo(100_000.0);
        assertThat(partner(plan, "A").plannedInvestment()).isCloseTo(EA * 400_000 / (EA + EC) - S, within(0.01));
        assertThat(plan.assumptions()).anyMatch(s -> s.startsWith("3 partners outside the allowed"));

        // at most 2 partners change: A (+188k) and D (-100k) moved most; the rest stay, so A takes D's 100k
        InvestmentPlan two = planner.plan(500_000, new InvestmentPlanConstraints(null, null, null, null, null, 2, null), null);
        assertThat(two.partnersChanged()).isEqualTo(2);
        assertThat(partner(two, "A").plannedInvestment()).isCloseTo(200_000, within(0.01));
        assertThat(partner(two, "D").plannedInvestment()).isCloseTo(0, within(0.01));
        assertThat(two.moves()).singleElement().satisfies(m -> {
            assertThat(m.from()).extracting(MoveShare::id).containsExactly("D");
            assertThat(m.to()).extracting(MoveShare::id).containsExactly("A");
            assertThat(m.expectedRevenueEffect()).isCloseTo(revenue(EA, 200_000) - revenue(EA, S) - revenue(ED, S), within(0.01));
        });
    }

    @Test
    void tinyDataGivesNoPlan() {
        InvestmentPlan plan = planner.plan(500_000, null, new AnalyticsFilter(null, null, null, List.of("emea"), null));
        assertThat(plan.partnersInPlan()).isEqualTo(3);
        assertThat(plan.partners()).isEmpty();
        assertThat(plan.moves()).isEmpty();
        assertThat(plan.expectedUplift()).isNull();
        assertThat(plan.notes()).containsExactly("fewer than 5 active partners with investment history (3): no plan");
    }

    @Test
    void badBudgetsAndConstraintsAreUserErrors() {
        assertThatThrownBy(() -> planner.plan(0, null, null)).isInstanceOf(BadRequestException.class)
                .hasMessage(
                        "investmentPlan: budget must be above 0 and at most 1e12 (the amount to allocate over the next 12 months), was 0.0");
        assertThatThrownBy(() -> planner.plan(2e12, null, null)).isInstanceOf(BadRequestException.class).hasMessageContaining("was 2.0E12");
        assertThatThrownBy(() -> planner.plan(Double.NaN, null, null)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> planner.plan(1000, new InvestmentPlanConstraints(10.0, 20.0, null, null, null, null, null), null))
                .hasMessage(
                        "investmentPlan: constraints.minPerPartner (20.0) is above constraints.maxPerPartner (10.0): no allocation could meet both");
        assertThatThrownBy(() -> planner.plan(1000, new InvestmentPlanConstraints(null, null, null, null, null, null, 1.5), null))
                .hasMessageContaining("constraints.keepCurrent must be 0 to 1");
        assertThatThrownBy(() -> planner.plan(1000, new InvestmentPlanConstraints(null, null, List.of(), null, null, null, null), null))
                .hasMessageContaining("constraints.partnerTypes is empty");
        assertThatThrownBy(() -> planner.plan(1000, new InvestmentPlanConstraints(null, null, null, null, null, 0, null), null))
                .hasMessageContaining("constraints.maxPartnersChanged must be 1 to 100000, was 0");
        // five current partners × 200k floor = 1,000k > 500k
        assertThatThrownBy(() -> planner.plan(500_000, new InvestmentPlanConstraints(null, 200_000.0, null, null, null, null, null), null))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("investmentPlan: the constraints need 1,000,000");
        // five partners × 50k cap = 250k < 500k
        assertThatThrownBy(() -> planner.plan(500_000, new InvestmentPlanConstraints(50_000.0, null, null, null, null, null, null), null))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("cap the plan at 250,000");
    }

    /** Planned total = budget; every partner within the floor and cap; moves sum to the uplift. */
    static void invariants(InvestmentPlan plan, double budget, double floor, double cap) {
        assertThat(plan.partners().stream().mapToDouble(PlannedInvestment::plannedInvestment).sum()).isCloseTo(budget,
                within(budget * 1e-9));
        assertThat(plan.partners()).allSatisfy(p -> {
            assertThat(p.plannedInvestment()).isBetween(p.currentInvestment() > 0 ? floor - 1e-6 : -1e-6, cap + 1e-6);
            assertThat(p.change()).isCloseTo(p.plannedInvestment() - p.currentAtBudget(), within(1e-6));
        });
        assertThat(plan.moves().stream().mapToDouble(InvestmentMove::expectedRevenueEffect).sum())
                .isCloseTo(plan.expectedUplift(), within(Math.max(0.01, Math.abs(plan.expectedUplift()) * 1e-9)));
        assertThat(plan.expectedUplift()).isGreaterThanOrEqualTo(-1e-6); // the optimum never loses against today's allocation
    }

    static PlannedInvestment partner(InvestmentPlan plan, String id) {
        return plan.partners().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
