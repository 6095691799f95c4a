package com.ecosystemgraph.analytics.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The partners a plan can move budget between (active, with investment in the history window) and
 * their totals; {@link #blockers} says why there is no plan when there cannot be one.
 */
record PlanHistory(List<PlanRow> eligible, double currentTotal, double revenue, double investment) {

    /** Below this many partners with investment history a plan would rank noise. */
    static final int MIN_PLAN_PARTNERS = 5;

    static PlanHistory of(List<PlanRow> rows) {
        List<PlanRow> eligible = rows.stream().filter(r -> "active".equals(r.status()) && r.investment() > 0).toList();
        return new PlanHistory(eligible, eligible.stream().mapToDouble(PlanRow::currentInvestment).sum(),
                eligible.stream().mapToDouble(PlanRow::revenue).sum(), eligible.stream().mapToDouble(PlanRow::investment).sum());
    }

    /** Why no plan can be made (empty: one can), the first reason only. */
    List<String> blockers(LocalDate currentFrom, LocalDate asOf) {
        List<String> notes = new ArrayList<>();
        if (eligible.size() < MIN_PLAN_PARTNERS) {
            notes.add("fewer than " + MIN_PLAN_PARTNERS + " active partners with investment history (" + eligible.size() + "): no plan");
        } else if (currentTotal <= 0) {
            notes.add("no investment in the trailing 12 months (" + currentFrom + " to " + asOf
                    + "): no current allocation to plan from; no plan");
        } else if (revenue <= 0) {
            notes.add("no partner-driven revenue in the history window: no return to allocate by; no plan");
        }
        return notes;
    }
}
