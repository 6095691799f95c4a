package com.ecosystemgraph.analytics.plan;

import java.time.LocalDate;

/**
 * What an investment plan is asked for: the budget, the checked constraints, the resolved period
 * (asOf, from; from null: the start of the data) and whether referral credit counts.
 */
record PlanParameters(double budget, InvestmentPlanConstraints constraints, LocalDate asOf, LocalDate from, boolean countNetwork) {
}
