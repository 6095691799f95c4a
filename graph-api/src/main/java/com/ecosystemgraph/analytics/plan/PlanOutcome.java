package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.plan.InvestmentPlan.PlannedInvestment;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Each partner's planned investment and expected revenue today and as planned (largest change first),
 * their sums, the part of the uplift from the partners' own deals, and how many top-quartile partners
 * lose budget.
 */
record PlanOutcome(List<PlannedInvestment> partners, double revenueCurrent, double revenuePlanned, double upliftDirect, long topCut) {

    static PlanOutcome of(Curves curves, Allocation allocation, boolean countNetwork) {
        List<PlannedInvestment> planned = new ArrayList<>();
        double revenueCurrent = 0;
        double revenuePlanned = 0;
        double upliftDirect = 0;
        long topCut = 0;
        double s = curves.s();
        double[] x = allocation.x();
        for (int i = 0; i < curves.candidates().size(); i++) {
            Candidate c = curves.candidates().get(i);
            PlanRow r = c.row();
            double now = Curves.revenue(c.a(), s, c.atBudget());
            double then = Curves.revenue(c.a(), s, x[i]);
            revenueCurrent += now;
            revenuePlanned += then;
            upliftDirect += (then - now) * c.directShare();
            boolean top = c.networkReturn() >= curves.networkQ3();
            List<String> reasons = List.of();
            if (top && x[i] - c.atBudget() < -allocation.tolerance()) {
                reasons = PlanText.whyCut(c, x[i], s, allocation.level(), curves.networkQ3(), countNetwork);
                topCut++;
            }
            planned.add(new PlannedInvestment(r.id(), r.name(), enumOf(PartnerType.class, r.type()), enumOf(PartnerTier.class, r.tier()),
                    r.region(), c.current(), c.atBudget(), x[i], x[i] - c.atBudget(), now, then, c.a() / (s + x[i]), r.investment(),
                    r.revenue(), c.historicalReturn(), c.expectedReturn(), c.weight(), r.ippProbability(),
                    allocation.lo()[i] == allocation.hi()[i], c.credit(), c.networkReturn(), c.directShare(), top, reasons));
        }
        planned.sort(Comparator.comparingDouble((PlannedInvestment p) -> -Math.abs(p.change())).thenComparing(PlannedInvestment::id));
        return new PlanOutcome(planned, revenueCurrent, revenuePlanned, upliftDirect, topCut);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }
}
