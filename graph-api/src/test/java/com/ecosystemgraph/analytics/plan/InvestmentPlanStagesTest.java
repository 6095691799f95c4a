package com.ecosystemgraph.analytics.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.NetworkCredit;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.InvestmentMove;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.PlannedInvestment;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.graphql.BadRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The investment plan's pure stages on hand-made rows (no database): confidence, constraints, moves, the whole plan. */
class InvestmentPlanStagesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static PlanRow row(String id, String type, double revenue, double investment, double current) {
        return new PlanRow(id, "Partner " + id, type, "gold", "emea", "active", AS_OF, revenue, investment, current, null, null);
    }

    private static PlanParameters parameters(double budget, InvestmentPlanConstraints constraints) {
        return new PlanParameters(budget, constraints, AS_OF, null, false);
    }

    /** Six partners with the same investment today and returns per dollar from 1 to 6. */
    private static List<PlanRow> sixPartners() {
        List<PlanRow> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(row("p" + i, i % 2 == 0 ? "reseller" : "services", 10_000.0 * i, 10_000, 10_000));
        }
        return rows;
    }

    @Test
    void aPartnersOwnRecordCountsByHowMuchWasInvestedBehindIt() {
        assertThat(Curves.confidence(0, 1_000)).isZero();
        assertThat(Curves.confidence(1_000, 1_000)).isEqualTo(0.5);
        assertThat(Curves.confidence(9_000, 1_000)).isEqualTo(0.9);
        // history 3.0 per dollar, prior 1.0, w = 0.5: expected 2.0 per dollar; at today's 1000 the curve returns 2000
        Candidate c = Curves.candidate(row("p", "reseller", 3_000, 1_000, 1_000), 0, 1_000, 1.0, 1.0, 1.0,
                parameters(1_000, InvestmentPlanConstraints.NONE));
        assertThat(c.weight()).isEqualTo(0.5);
        assertThat(c.expectedReturn()).isCloseTo(2.0, within(1e-12));
        assertThat(Curves.revenue(c.a(), 1_000, c.current())).isCloseTo(2_000, within(1e-9));
        assertThat(c.directShare()).as("without network value every return is direct").isEqualTo(1.0);
    }

    @Test
    void theConstraintsSetEachPartnersFloorAndCap() {
        var constraints = new InvestmentPlanConstraints(5_000.0, 1_000.0, List.of(PartnerType.RESELLER), null, null, null, 0.5);
        List<PlanRow> rows = List.of(row("r", "reseller", 1, 1, 4_000), row("s", "services", 1, 1, 4_000),
                row("new", "reseller", 1, 1, 0));
        PlanParameters p = parameters(16_000, constraints);
        Curves curves = Curves.of(PlanHistory.of(rows), Map.of(), p);
        double[] lo = new double[3];
        double[] hi = new double[3];
        assertThat(Allocation.bounds(curves.candidates(), constraints, lo, hi)).as("partners held at today's share").isEqualTo(1);
        // today's 4000 at a budget twice today's total is 8000: keepCurrent keeps half of it; the cap yields to that floor
        assertThat(lo[0]).isEqualTo(4_000);
        assertThat(hi[0]).isEqualTo(5_000);
        assertThat(lo[1]).as("a services partner may not change").isEqualTo(8_000);
        assertThat(hi[1]).isEqualTo(8_000);
        assertThat(lo[2]).as("minPerPartner binds partners invested today only").isZero();
        assertThat(hi[2]).isEqualTo(5_000);
        assertThatThrownBy(() -> Allocation.checkFeasible(lo, hi, 20_000, constraints)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("cannot be placed: maxPerPartner 5,000").hasMessageContaining("cap the plan at 18,000");
        assertThatThrownBy(() -> Allocation.checkFeasible(lo, hi, 11_000, constraints)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("the constraints need 12,000");
    }

    @Test
    void movesTakeFromTheLargestCutsToTheLargestGainsAndAddUpToTheUplift() {
        List<PlannedInvestment> partners = List.of(planned("a", -300, 900, 600), planned("b", -100, 500, 450),
                planned("c", 400, 1_000, 1_700));
        List<InvestmentMove> moves = Moves.of(partners, 0.5);
        assertThat(moves).hasSize(1);
        InvestmentMove move = moves.getFirst();
        assertThat(move.to()).extracting(InvestmentPlan.MoveShare::id).containsExactly("c");
        assertThat(move.from()).extracting(InvestmentPlan.MoveShare::id).containsExactly("a", "b");
        assertThat(move.from()).extracting(InvestmentPlan.MoveShare::amount).containsExactly(300.0, 100.0);
        assertThat(move.amount()).isEqualTo(400);
        // the plan's uplift: c gains 700, a loses 300 and b 50
        assertThat(move.expectedRevenueEffect()).isCloseTo(700 - 300 - 50, within(1e-9));
        assertThat(Moves.of(List.of(planned("a", 0.2, 1, 1)), 0.5)).as("changes within the tolerance are no move").isEmpty();
    }

    @Test
    void thePlanPlacesTheWholeBudgetAndItsMovesAddUpToItsUplift() {
        InvestmentPlan plan = InvestmentPlan.of(sixPartners(), null, parameters(60_000, InvestmentPlanConstraints.NONE));
        assertThat(plan.notes()).noneMatch(n -> n.contains("no plan"));
        assertThat(plan.partners().stream().mapToDouble(PlannedInvestment::plannedInvestment).sum()).isCloseTo(60_000, within(1e-6));
        assertThat(plan.partners().getFirst().id()).as("largest change first").isIn("p1", "p6");
        assertThat(plan.partners()).filteredOn(p -> p.id().equals("p6")).singleElement()
                .satisfies(p -> assertThat(p.change()).isPositive());
        assertThat(plan.moves().stream().mapToDouble(InvestmentMove::expectedRevenueEffect).sum())
                .isCloseTo(plan.expectedUplift(), within(1e-6));
        assertThat(plan.expectedUplift()).isPositive();
    }

    @Test
    void maxPartnersChangedHoldsTheOthersAtTodaysShare() {
        var constraints = new InvestmentPlanConstraints(null, null, null, null, null, 2, null);
        InvestmentPlan plan = InvestmentPlan.of(sixPartners(), null, parameters(60_000, constraints));
        assertThat(plan.partnersChanged()).isEqualTo(2);
        assertThat(plan.assumptions()).anyMatch(a -> a.startsWith("maxPartnersChanged 2:"));
    }

    @Test
    void tooFewPartnersOrNoRecentInvestmentIsNoPlanAndSaysWhy() {
        InvestmentPlan few = InvestmentPlan.of(sixPartners().subList(0, 4), null, parameters(1_000, InvestmentPlanConstraints.NONE));
        assertThat(few.notes()).containsExactly("fewer than 5 active partners with investment history (4): no plan");
        assertThat(few.partners()).isEmpty();
        assertThat(few.expectedUplift()).isNull();
        List<PlanRow> idle = sixPartners().stream().map(r -> row(r.id(), r.type(), r.revenue(), r.investment(), 0)).toList();
        assertThat(InvestmentPlan.of(idle, null, parameters(1_000, InvestmentPlanConstraints.NONE)).notes()).singleElement()
                .asString().startsWith("no investment in the trailing 12 months (2025-07-01 to 2026-06-30)");
    }

    @Test
    void networkCreditRaisesAReferrersReturnAndSplitsTheUplift() {
        NetworkCredit.Credits credits = new NetworkCredit.Credits(Map.of("p1", new NetworkCredit.Credit(50_000, 3, 2)), 4);
        PlanParameters p = new PlanParameters(60_000, InvestmentPlanConstraints.NONE, AS_OF, null, true);
        InvestmentPlan plan = InvestmentPlan.of(sixPartners(), credits, p);
        PlannedInvestment p1 = plan.partners().stream().filter(x -> x.id().equals("p1")).findFirst().orElseThrow();
        assertThat(p1.historyReferralCredit()).isEqualTo(50_000);
        assertThat(p1.networkReturnPerDollar()).isEqualTo(6.0);
        assertThat(p1.directShare()).isLessThan(1.0);
        assertThat(plan.expectedUpliftDirect() + plan.expectedUpliftNetwork()).isCloseTo(plan.expectedUplift(), within(1e-6));
    }

    private static PlannedInvestment planned(String id, double change, double revenueNow, double revenueThen) {
        return new PlannedInvestment(id, "Partner " + id, null, null, null, 0, 1_000, 1_000 + change, change, revenueNow, revenueThen, 0,
                0, 0, 0, 0, 0, null, false, 0, 0, 1, false, List.of());
    }
}
