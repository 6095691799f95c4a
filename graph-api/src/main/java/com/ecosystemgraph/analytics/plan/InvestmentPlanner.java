package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.NetworkCredit;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.graphql.BadRequestException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The investment plan (docs/analytics.md#8): checks the arguments, resolves the period, reads the
 * partners' rows once (and their referral credit when network value counts), and computes the plan
 * with the pure {@link InvestmentPlan#of}: each active partner with investment history gets a concave
 * expected-revenue curve R(x) = a·ln(1 + x/S) ({@link Curves}); the budget is water-filled on the
 * curves' marginal return under the constraints ({@link Allocation}), and the difference to today's
 * allocation is grouped into moves ({@link Moves}).
 */
@Service
public class InvestmentPlanner {

    private final AnalyticsRepository analytics;
    private final Periods periods;
    private final NetworkCredit network;

    public InvestmentPlanner(AnalyticsRepository analytics, Periods periods) {
        this.analytics = analytics;
        this.periods = periods;
        this.network = new NetworkCredit(analytics);
    }

    public InvestmentPlan plan(double budget, InvestmentPlanConstraints given, AnalyticsFilter givenFilter) {
        return plan(budget, given, givenFilter, true);
    }

    /** With countNetwork, a partner's return includes its referral credit (3 hops, decay 0.5, as referralReach). */
    public InvestmentPlan plan(double budget, InvestmentPlanConstraints given, AnalyticsFilter givenFilter, boolean countNetwork) {
        if (!Double.isFinite(budget) || budget <= 0 || budget > InvestmentPlanConstraints.MAX_AMOUNT) {
            throw new BadRequestException(
                    "investmentPlan: budget must be above 0 and at most 1e12 (the amount to allocate over the next 12 months), was "
                            + budget);
        }
        InvestmentPlanConstraints constraints = InvestmentPlanConstraints.orNone(given);
        constraints.validate();
        AnalyticsFilter filter = AnalyticsFilter.resolved(givenFilter, periods);
        List<PlanRow> rows = analytics.partners(filter, EnumSet.of(Measure.REVENUE, Measure.INVESTMENT, Measure.TRAILING_INVESTMENT,
                Measure.SCORES)).stream().map(PlanRow::of).toList();
        PlanParameters parameters = new PlanParameters(budget, constraints, filter.asOf(), filter.from(), countNetwork);
        return InvestmentPlan.of(rows, countNetwork ? credits(filter, rows) : null, parameters);
    }

    /** The referral credit of the partners a plan can move budget between; none read when there can be no plan. */
    private NetworkCredit.Credits credits(AnalyticsFilter filter, List<PlanRow> rows) {
        PlanHistory history = PlanHistory.of(rows);
        if (!history.blockers(null, filter.asOf()).isEmpty()) {
            return null;
        }
        Map<String, Double> revenueById = new HashMap<>();
        rows.forEach(r -> revenueById.put(r.id(), r.revenue()));
        return network.credit(filter, history.eligible().stream().map(PlanRow::id).toList(), revenueById, NetworkCredit.DEFAULT_HOPS,
                NetworkCredit.DEFAULT_DECAY);
    }
}
