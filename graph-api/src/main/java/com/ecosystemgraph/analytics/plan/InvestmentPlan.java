package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.NetworkCredit;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * The plan computed from the partners' rows, read once, and the parameters; pure (no database).
     * Stages: the history and why there may be no plan ({@link PlanHistory}), the curves and each
     * partner's confidence ({@link Curves}), the budget placed under the constraints ({@link Allocation}),
     * each partner's outcome ({@link PlanOutcome}) and the moves ({@link Moves}).
     *
     * @param credits the partners' referral credit when the plan counts network value (else null)
     */
    static InvestmentPlan of(List<PlanRow> rows, NetworkCredit.Credits credits, PlanParameters p) {
        LocalDate asOf = rows.isEmpty() ? p.asOf() : rows.getFirst().asOf();
        LocalDate currentFrom = asOf == null ? null : asOf.minusMonths(12).plusDays(1);
        List<String> assumptions = PlanText.window(p.from(), asOf, currentFrom);
        PlanHistory history = PlanHistory.of(rows);
        List<String> notes = history.blockers(currentFrom, asOf);
        if (!notes.isEmpty()) {
            return new InvestmentPlan(asOf, p.from(), currentFrom, p.budget(), history.currentTotal(), null, null, null,
                    history.eligible().size(), 0, null, null, null, null, null, null, p.countNetwork(), null, null, 0, List.of(),
                    List.of(), assumptions, notes);
        }
        Map<String, Double> credit = new HashMap<>();
        if (p.countNetwork()) {
            history.eligible().forEach(r -> credit.put(r.id(), credits.of(r.id()).credit()));
        }
        assumptions.add(PlanText.network(p.countNetwork() ? credits : null));
        Curves curves = Curves.of(history, credit, p);
        assumptions.addAll(PlanText.curves(curves, p, history.eligible().size(), history.currentTotal()));
        Allocation allocation = Allocation.of(curves, p, assumptions);
        PlanOutcome outcome = PlanOutcome.of(curves, allocation, p.countNetwork());
        if (outcome.topCut() > 0) {
            notes.add(PlanText.topCut(outcome.topCut(), p.countNetwork(), curves.networkQ3()));
        }
        List<InvestmentMove> moves = Moves.of(outcome.partners(), allocation.tolerance());
        if (moves.isEmpty()) {
            notes.add("today's allocation is already where the marginal returns are level under these constraints: no move");
        }
        double uplift = outcome.revenuePlanned() - outcome.revenueCurrent();
        double current = outcome.revenueCurrent();
        return new InvestmentPlan(asOf, p.from(), currentFrom, p.budget(), history.currentTotal(), curves.s(), curves.pooled(),
                allocation.level(), history.eligible().size(),
                outcome.partners().stream().filter(x -> Math.abs(x.change()) > allocation.tolerance()).count(), current,
                outcome.revenuePlanned(), uplift, current > 0 ? uplift / current : null,
                p.countNetwork() ? outcome.upliftDirect() : uplift, p.countNetwork() ? uplift - outcome.upliftDirect() : 0.0,
                p.countNetwork(), curves.networkQ3(), curves.scored().isEmpty() ? null : curves.versions(), curves.scored().size(),
                outcome.partners(), moves, assumptions, notes);
    }

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
