package com.ecosystemgraph.analytics;

import com.ecosystemgraph.analytics.plan.InvestmentPlan;
import com.ecosystemgraph.analytics.plan.InvestmentPlanner;
import com.ecosystemgraph.analytics.plan.InvestmentPlanConstraints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.plan.InvestmentPlan.PlannedInvestment;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * On the demo ecosystem (seed 42, scale 1; no IPP scores stored, so history only) the plan takes
 * investment away from the planted diluted partners (docs/demo-data.md) and gives it to partners
 * that return the most per dollar, at the same budget, for a positive expected uplift.
 */
class InvestmentPlanPlantedIT {

    static InvestmentPlanner planner;
    static JsonNode planted;

    @BeforeAll
    static void importDemo() {
        planted = PlantedEcosystem.importInto();
        planner = InvestmentPlanIT.planner();
    }

    @Test
    void dilutedPartnersLoseAndHighReturnPartnersGain() {
        InvestmentPlan probe = planner.plan(1, null, null);
        double budget = probe.currentTotal();
        InvestmentPlan plan = planner.plan(budget, null, null);
        Set<String> diluted = Set.copyOf(PlantedEcosystem.texts(planted.get("dilutedPartners")));
        List<PlannedInvestment> dilutedInPlan = plan.partners().stream().filter(p -> diluted.contains(p.id())).toList();
        System.out.printf(
                "investment plan (demo): budget %.0f, %d partners, %d changed, S %.0f, current %.0f, planned %.0f, uplift %.0f (%.1f%%),"
                        + " level %.3f, %d moves, diluted in plan %d of %d, diluted cut %.0f%n",
                budget, plan.partnersInPlan(),
                plan.partnersChanged(), plan.saturationScale(), plan.expectedRevenueCurrent(), plan.expectedRevenuePlanned(),
                plan.expectedUplift(), 100 * plan.expectedUpliftShare(), plan.marginalReturn(), plan.moves().size(), dilutedInPlan.size(),
                diluted.size(), -dilutedInPlan.stream().mapToDouble(PlannedInvestment::change).sum());
        plan.moves().stream().limit(5).forEach(m -> System.out.println("  move " + m));

        assertThat(plan.assumptions()).anyMatch(s -> s.startsWith("IPP probability: none stored"));
        assertThat(dilutedInPlan).hasSizeGreaterThanOrEqualTo(diluted.size() * 2 / 3);
        assertThat(dilutedInPlan).allSatisfy(p -> assertThat(p.change()).as(p.id()).isNegative());
        // diluted partners end up at (or near) zero: their first dollar returns less than the plan's last one
        assertThat(dilutedInPlan).allSatisfy(p -> assertThat(p.plannedInvestment()).as(p.id()).isLessThan(0.25 * p.currentAtBudget()));

        // the ten partners with the highest expected return per dollar and a real record (weight >= 0.5) all gain
        List<PlannedInvestment> best = plan.partners().stream().filter(p -> p.historyWeight() >= 0.5)
                .sorted(Comparator.comparingDouble(PlannedInvestment::expectedReturn).reversed()).limit(10).toList();
        assertThat(best).allSatisfy(p -> assertThat(p.change()).as(p.id()).isPositive());
        // every reduction goes to a partner with a higher marginal return than it leaves behind
        double highestDonor = plan.partners().stream().filter(p -> p.change() < -1).mapToDouble(PlannedInvestment::marginalReturn).max()
                .orElseThrow();
        assertThat(highestDonor).isLessThanOrEqualTo(plan.marginalReturn() + 1e-9);

        InvestmentPlanIT.invariants(plan, budget, 0, Double.MAX_VALUE);
        assertThat(plan.expectedUplift()).isPositive();
        assertThat(plan.moves()).isNotEmpty();

        // invariants under constraints, on real data
        double cap = budget / 20;
        InvestmentPlan constrained = planner.plan(budget, new InvestmentPlanConstraints(cap, null, null, null, null, 40, 0.25), null);
        long forced = plan.partners().stream().filter(p -> p.currentAtBudget() > cap).count(); // the cap moves these anyway
        assertThat(constrained.partnersChanged()).isLessThanOrEqualTo(Math.max(40, forced));
        assertThat(constrained.partners()).allSatisfy(p -> assertThat(p.plannedInvestment()).isBetween(0.25 * p.currentAtBudget() - 1e-6,
                Math.max(cap, 0.25 * p.currentAtBudget()) + 1e-6));
        assertThat(constrained.partners().stream().mapToDouble(PlannedInvestment::plannedInvestment).sum()).isCloseTo(budget,
                within(budget * 1e-9));
        assertThat(constrained.expectedUplift()).isPositive().isLessThan(plan.expectedUplift());
    }
}
