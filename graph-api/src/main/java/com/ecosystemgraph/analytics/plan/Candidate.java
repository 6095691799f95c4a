package com.ecosystemgraph.analytics.plan;

/**
 * A partner in the plan with its curve R(x) = a·ln(1 + x/S), the bounds the constraints give it,
 * its referral credit over the history and the share of its expected return from its own deals.
 */
record Candidate(PlanRow row, double historicalReturn, double weight, double expectedReturn, double a, double current,
        double atBudget, boolean changeable, double credit, double networkReturn, double directShare) {
}
