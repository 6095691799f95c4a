package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.List;

/**
 * A budget allocated across signed partners by expected marginal return (docs/analytics.md#8). The
 * totals are null when there is no plan (too little data; {@code notes} says why).
 *
 * @param currentTotal     investment in the plan's partners over the trailing 12 months
 * @param saturationScale  S of the return curves a·ln(1 + x/S)
 * @param marginalReturn   the water level: expected revenue of the plan's last dollar at every partner not held by a floor or cap
 */
public record InvestmentPlan(LocalDate asOf, LocalDate historyFrom, LocalDate currentFrom, double budget, double currentTotal,
        Double saturationScale, Double pooledReturn, Double marginalReturn, long partnersInPlan, long partnersChanged,
        Double expectedRevenueCurrent, Double expectedRevenuePlanned, Double expectedUplift, Double expectedUpliftShare,
        Double expectedUpliftDirect, Double expectedUpliftNetwork, boolean networkCounted,
        Double networkReturnTopQuartile, String ippModelVersion, long ippScoredPartners, List<PlannedInvestment> partners,
        List<InvestmentMove> moves, List<String> assumptions, List<String> notes) {

    /**
     * One partner in the plan. {@code currentAtBudget} is today's share of the budget (trailing-12-month
     * investment x budget / current total); {@code change} = planned - currentAtBudget. The expected
     * revenue counts referral credit when the plan counts network value; {@code directShare} is the
     * part of it from the partner's own deals.
     */
    public record PlannedInvestment(String id, String name, PartnerType type, PartnerTier tier, String region, double currentInvestment,
            double currentAtBudget, double plannedInvestment, double change, double expectedRevenueCurrent,
            double expectedRevenuePlanned, double marginalReturn, double historyInvestment, double historyRevenue,
            double historicalReturn, double expectedReturn, double historyWeight, Double ippProbability, boolean held,
            double historyReferralCredit, double networkReturnPerDollar, double directShare, boolean topNetworkReturn,
            List<String> reasons) {
    }

    /**
     * Budget taken from the {@code from} partners and given to the {@code to} partners, and what it is
     * expected to add: {@code directEffect} through the partners' own deals, {@code networkEffect}
     * through their referral credit (they sum to {@code expectedRevenueEffect}).
     */
    public record InvestmentMove(List<MoveShare> from, List<MoveShare> to, double amount, double expectedRevenueEffect, double directEffect,
            double networkEffect) {
    }

    /** One partner's part of a move. */
    public record MoveShare(String id, String name, double amount) {
    }
}
