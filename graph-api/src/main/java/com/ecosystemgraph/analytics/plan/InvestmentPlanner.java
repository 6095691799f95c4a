package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.Formats;
import com.ecosystemgraph.analytics.NetworkCredit;
import com.ecosystemgraph.analytics.Statistics;

import com.ecosystemgraph.analytics.plan.InvestmentPlan.InvestmentMove;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.MoveShare;
import com.ecosystemgraph.analytics.plan.InvestmentPlan.PlannedInvestment;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The investment plan (docs/analytics.md#8): each active partner with investment history gets a
 * concave expected-revenue curve R(x) = a·ln(1 + x/S); the budget is water-filled on the curves'
 * marginal return under the constraints, and the difference to today's allocation is grouped into
 * moves. The curve's parameters, the window and the IPP model used are stated in the result.
 *
 * <p>Over 400 lines, with a plan method of about 200: moved as it was, its split into named stages
 * (read, curves, water-fill, moves, notes) and a pure {@code InvestmentPlan.of} are still to do (issue 16 item 1).
 */
@Service
public class InvestmentPlanner {

    /** Below this many partners with investment history a plan would rank noise. */
    static final int MIN_PLAN_PARTNERS = 5;

    private final AnalyticsRepository analytics;
    private final Periods periods;
    private final NetworkCredit network;

    public InvestmentPlanner(AnalyticsRepository analytics, Periods periods) {
        this.analytics = analytics;
        this.periods = periods;
        this.network = new NetworkCredit(analytics);
    }

    /**
     * One signed partner's history (revenue and investment in the window, as partnerReturns),
     * trailing-12-month investment and stored IPP probability; read from the partner rollups.
     */
    record PlanRow(String id, String name, String type, String tier, String region, String status, LocalDate asOf, double revenue,
            double investment, double currentInvestment, Double ippProbability, String ippModelVersion) {

        static PlanRow of(PartnerRow r) {
            return new PlanRow(r.id(), r.name(), r.type(), r.tier(), r.region(), r.status(), r.asOf(), r.revenue(), r.investment(),
                    r.trailingInvestment(), r.ippProbability(), r.ippModelVersion());
        }
    }

    /**
     * A partner in the plan with its curve R(x) = a·ln(1 + x/S), the bounds the constraints give it,
     * its referral credit over the history and the share of its expected return from its own deals.
     */
    record Candidate(PlanRow row, double historicalReturn, double weight, double expectedReturn, double a, double current,
            double atBudget, boolean changeable, double credit, double networkReturn, double directShare) {
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
        LocalDate asOf = rows.isEmpty() ? filter.asOf() : rows.getFirst().asOf();
        LocalDate currentFrom = asOf == null ? null : asOf.minusMonths(12).plusDays(1);
        List<String> assumptions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        assumptions
                .add("history window: partner-driven revenue (won deals the partner sourced or co-sold, full amount) and investment from "
                        + (filter.from() == null ? "the start of the data" : filter.from().toString()) + " to " + asOf
                        + ", as partnerReturns; today's allocation: investment spent " + currentFrom + " to " + asOf
                        + " (trailing 12 months)");
        assumptions.add("partners in the plan: active partners matching the filter with investment in the history window; churned partners,"
                + " partners without investment history and prospects are left out");

        List<PlanRow> eligible = rows.stream().filter(r -> "active".equals(r.status()) && r.investment() > 0).toList();
        double currentTotal = eligible.stream().mapToDouble(PlanRow::currentInvestment).sum();
        double historyRevenue = eligible.stream().mapToDouble(PlanRow::revenue).sum();
        double historyInvestment = eligible.stream().mapToDouble(PlanRow::investment).sum();
        if (eligible.size() < MIN_PLAN_PARTNERS) {
            notes.add("fewer than " + MIN_PLAN_PARTNERS + " active partners with investment history (" + eligible.size() + "): no plan");
        } else if (currentTotal <= 0) {
            notes.add("no investment in the trailing 12 months (" + currentFrom + " to " + asOf
                    + "): no current allocation to plan from; no plan");
        } else if (historyRevenue <= 0) {
            notes.add("no partner-driven revenue in the history window: no return to allocate by; no plan");
        }
        if (!notes.isEmpty()) {
            return new InvestmentPlan(asOf, filter.from(), currentFrom, budget, currentTotal, null, null, null, eligible.size(), 0, null,
                    null, null, null, null, null, countNetwork, null, null, 0, List.of(), List.of(), assumptions, notes);
        }
        Map<String, Double> credit = new java.util.HashMap<>();
        if (countNetwork) {
            Map<String, Double> revenueById = new java.util.HashMap<>();
            rows.forEach(r -> revenueById.put(r.id(), r.revenue()));
            NetworkCredit.Credits credits = network.credit(filter, eligible.stream().map(PlanRow::id).toList(), revenueById,
                    NetworkCredit.DEFAULT_HOPS, NetworkCredit.DEFAULT_DECAY);
            eligible.forEach(r -> credit.put(r.id(), credits.of(r.id()).credit()));
            assumptions.add("network value counted: a partner's return is its partner-driven revenue plus its referral credit, the"
                    + " revenue descending from its referrals within " + NetworkCredit.DEFAULT_HOPS + " hops, each further hop counting "
                    + NetworkCredit.DEFAULT_DECAY + " as much (as referralReach), over the history window"
                    + (credits.referrals() == 0 ? " (there is no referral in it, so the credit is 0)" : "")
                    + "; a referee's revenue counts for it and for its referrers alike, so expected revenues are not additive across"
                    + " partners, and each move's effect is split into its direct and network parts");
        } else {
            assumptions.add("network value not counted: a partner's return is its own partner-driven revenue only");
        }
        double historyCredit = eligible.stream().mapToDouble(r -> credit.getOrDefault(r.id(), 0.0)).sum();

        // S: one typical partner's yearly investment; the curve's marginal return halves from the first dollar by x = S.
        double s = Statistics.quantile(eligible.stream().mapToDouble(PlanRow::currentInvestment).filter(v -> v > 0).toArray(), 0.5);
        double pooled = (historyRevenue + historyCredit) / historyInvestment;
        double pooledDirect = historyRevenue + historyCredit > 0 ? historyRevenue / (historyRevenue + historyCredit) : 1;
        List<PlanRow> scored = eligible.stream().filter(r -> r.ippProbability() != null).toList();
        double meanIpp = scored.stream().mapToDouble(PlanRow::ippProbability).average().orElse(0);
        String versions = scored.stream().map(r -> r.ippModelVersion() == null ? "unknown" : r.ippModelVersion()).distinct().sorted()
                .collect(Collectors.joining(", "));
        double scale = budget / currentTotal;
        List<Candidate> candidates = new ArrayList<>();
        for (PlanRow r : eligible) {
            double historical = r.revenue() / r.investment();
            double partnerCredit = credit.getOrDefault(r.id(), 0.0);
            double networkReturn = (r.revenue() + partnerCredit) / r.investment();
            double weight = r.investment() / (r.investment() + s);
            double prior = pooled * (r.ippProbability() != null && meanIpp > 0 ? r.ippProbability() / meanIpp : 1.0);
            double expected = weight * networkReturn + (1 - weight) * prior;
            // the part of the expected return from the partner's own deals: its own history, and the prior's direct share
            double direct = weight * historical + (1 - weight) * prior * pooledDirect;
            double c = r.currentInvestment();
            // a such that the average return at today's investment is the expected return per dollar (the limit a = expected·S at c = 0)
            double a = c > 0 ? expected * c / Math.log1p(c / s) : expected * s;
            candidates.add(new Candidate(r, historical, weight, expected, a, c, c * scale,
                    constraints.changeable(r.type(), r.tier(), r.region()), partnerCredit, networkReturn,
                    !countNetwork || expected <= 0 ? 1 : Math.min(1, direct / expected)));
        }
        double networkQ3 = Statistics.quantile(candidates.stream().mapToDouble(Candidate::networkReturn).toArray(), 0.75);

        assumptions
                .add("return curve: expected yearly partner-driven revenue from investment x is R(x) = a·ln(1 + x/S), concave (each further"
                        + " dollar returns less; unlike a power curve x^b its first dollar has a finite return, so partners are not funded just for"
                        + " being small); S = " + money(s)
                        + ", the median trailing-12-month investment of the partners in the plan (the marginal"
                        + " return halves from the first dollar by S); a is set so that at today's investment the curve returns the partner's"
                        + " expected return per dollar");
        assumptions.add("expected return per dollar = w·(history " + (countNetwork ? "revenue and referral credit" : "revenue")
                + " / history investment) + (1 - w)·prior, w = history investment /"
                + " (history investment + S): partners with more invested dollars behind their record are judged by it; prior = the plan's"
                + " pooled return per dollar (" + decimal(pooled) + ")"
                + (scored.isEmpty() ? "" : " × the partner's IPP probability / the mean IPP probability"));
        if (scored.isEmpty()) {
            assumptions.add("IPP probability: none stored (the scoring service has not scored these partners); history only, the prior is"
                    + " the pooled return per dollar");
        } else {
            assumptions.add("IPP probability: stored scores of model version " + versions + " for " + scored.size() + " of "
                    + eligible.size() + " partners (mean " + decimal(meanIpp) + ")"
                    + (scored.size() < eligible.size() ? "; unscored partners use the pooled return as their prior" : ""));
        }
        assumptions.add("revenue is credited to investment as observed (an association, not a controlled experiment); the plan covers"
                + " the next 12 months like the trailing 12 it starts from");
        assumptions.add("allocation: water-filling on the marginal return a/(S + x) (the limit of greedy allocation in small increments,"
                + " optimal for concave curves) within the floors and caps");
        assumptions.add("current allocation at the same budget: today's shares × " + decimal(scale) + " (budget " + money(budget)
                + " / trailing-12-month total " + money(currentTotal) + ")");

        double[] lo = new double[candidates.size()];
        double[] hi = new double[candidates.size()];
        double max = constraints.maxPerPartner() == null ? Double.POSITIVE_INFINITY : constraints.maxPerPartner();
        double min = constraints.minPerPartner() == null ? 0 : constraints.minPerPartner();
        long held = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!c.changeable()) {
                lo[i] = c.atBudget();
                hi[i] = c.atBudget();
                held++;
                continue;
            }
            lo[i] = Math.max(c.current() > 0 ? min : 0, constraints.keep() * c.atBudget());
            hi[i] = Math.max(max, lo[i]);
        }
        if (constraints.keep() > 0) {
            assumptions.add("keepCurrent " + decimal(constraints.keep())
                    + ": every partner keeps at least that share of its current allocation at the budget");
        }
        if (constraints.minPerPartner() != null) {
            assumptions.add("minPerPartner " + money(min) + ": partners with investment today keep at least that");
        }
        if (constraints.maxPerPartner() != null) {
            assumptions.add("maxPerPartner " + money(max) + ": no partner gets more (unless its keepCurrent share is larger)");
        }
        if (constraints.partnerLimited()) {
            assumptions.add(held + " partners outside the allowed types / tiers / regions stay at today's share of the budget");
        }
        checkFeasible(lo, hi, budget, constraints);
        double[] x = new double[candidates.size()];
        double level = waterFill(candidates.stream().mapToDouble(Candidate::a).toArray(), s, lo, hi, budget, x);
        double tolerance = Math.max(0.5, budget * 1e-9);

        Integer maxChanged = constraints.maxPartnersChanged();
        if (maxChanged != null && changed(candidates, x, tolerance) > maxChanged) {
            // Keep the partners whose unconstrained change is largest; hold the rest at today's share and plan again.
            Integer[] order = new Integer[candidates.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            double[] first = x.clone();
            double[] lower = lo.clone();
            double[] upper = hi.clone();
            // partners a floor or cap already forces off today's share change anyway, so they come first
            Arrays.sort(order, Comparator.comparing((Integer i) -> {
                double b = candidates.get(i).atBudget();
                return b >= lower[i] && b <= upper[i];
            }).thenComparingDouble(i -> -Math.abs(first[i] - candidates.get(i).atBudget()))
                    .thenComparing(i -> candidates.get(i).row().id()));
            for (int k = maxChanged; k < order.length; k++) {
                int i = order[k];
                double keep = Math.min(hi[i], Math.max(lo[i], candidates.get(i).atBudget()));
                lo[i] = keep;
                hi[i] = keep;
            }
            assumptions.add("maxPartnersChanged " + maxChanged + ": the " + maxChanged + " partners with the largest change in the"
                    + " unconstrained plan may change (partners a floor or cap moves off today's share first); the others stay at today's"
                    + " share of the budget (a heuristic, not an exact optimum)");
            checkFeasible(lo, hi, budget, constraints);
            level = waterFill(candidates.stream().mapToDouble(Candidate::a).toArray(), s, lo, hi, budget, x);
        }

        List<PlannedInvestment> planned = new ArrayList<>();
        double revenueCurrent = 0;
        double revenuePlanned = 0;
        double upliftDirect = 0;
        long topCut = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            PlanRow r = c.row();
            double now = revenue(c.a(), s, c.atBudget());
            double then = revenue(c.a(), s, x[i]);
            revenueCurrent += now;
            revenuePlanned += then;
            upliftDirect += (then - now) * c.directShare();
            boolean top = c.networkReturn() >= networkQ3;
            List<String> reasons = List.of();
            if (top && x[i] - c.atBudget() < -tolerance) {
                reasons = whyCut(c, x[i], s, level, networkQ3, countNetwork);
                topCut++;
            }
            planned.add(new PlannedInvestment(r.id(), r.name(), enumOf(PartnerType.class, r.type()), enumOf(PartnerTier.class, r.tier()),
                    r.region(), c.current(), c.atBudget(), x[i], x[i] - c.atBudget(), now, then, c.a() / (s + x[i]), r.investment(),
                    r.revenue(), c.historicalReturn(), c.expectedReturn(), c.weight(), r.ippProbability(), lo[i] == hi[i], c.credit(),
                    c.networkReturn(), c.directShare(), top, reasons));
        }
        if (topCut > 0) {
            notes.add(topCut + " partners in the top quartile of " + (countNetwork ? "network-inclusive " : "") + "return per dollar (>= "
                    + decimal(networkQ3) + ") lose budget; each says why in its reasons");
        }
        planned.sort(Comparator.comparingDouble((PlannedInvestment p) -> -Math.abs(p.change())).thenComparing(PlannedInvestment::id));
        List<InvestmentMove> moves = moves(planned, tolerance);
        if (moves.isEmpty()) {
            notes.add("today's allocation is already where the marginal returns are level under these constraints: no move");
        }
        double uplift = revenuePlanned - revenueCurrent;
        return new InvestmentPlan(asOf, filter.from(), currentFrom, budget, currentTotal, s, pooled, level, eligible.size(),
                planned.stream().filter(p -> Math.abs(p.change()) > tolerance).count(), revenueCurrent, revenuePlanned, uplift,
                revenueCurrent > 0 ? uplift / revenueCurrent : null, countNetwork ? upliftDirect : uplift,
                countNetwork ? uplift - upliftDirect : 0.0, countNetwork, networkQ3,
                scored.isEmpty() ? null : versions, scored.size(), planned, moves, assumptions, notes);
    }

    static double revenue(double a, double s, double x) {
        return a * Math.log1p(x / s);
    }

    /** Why the plan takes budget from a partner whose return per dollar is in the top quartile, in words. */
    private static List<String> whyCut(Candidate c, double planned, double s, double level, double q3, boolean countNetwork) {
        List<String> reasons = new ArrayList<>();
        reasons.add("its " + (countNetwork ? "network-inclusive " : "") + "return per dollar " + Formats.ratio(c.networkReturn())
                + (countNetwork && c.credit() > 0
                        ? " (own deals " + Formats.ratio(c.historicalReturn()) + ", referral credit "
                                + money(c.credit()) + ")"
                        : "")
                + " is in the top quartile of the plan (75th percentile " + Formats.ratio(q3) + ")");
        if (c.weight() < 0.5) {
            reasons.add("its record is short (history weight " + decimal(c.weight()) + "): its expected return per dollar is "
                    + Formats.ratio(c.expectedReturn()) + " once blended with the prior");
        }
        double marginalNow = c.a() / (s + c.atBudget());
        reasons.add("at today's " + money(c.atBudget()) + " its next dollar is expected to return " + Formats.ratio(marginalNow)
                + " (diminishing returns: the return curve's scale S is " + money(s) + "), below the " + Formats.ratio(level)
                + " the plan's last dollar earns elsewhere; at the planned " + money(planned) + " its next dollar returns "
                + Formats.ratio(c.a() / (s + planned)));
        return reasons;
    }

    private static long changed(List<Candidate> candidates, double[] x, double tolerance) {
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - candidates.get(i).atBudget()) > tolerance) {
                n++;
            }
        }
        return n;
    }

    private static void checkFeasible(double[] lo, double[] hi, double budget, InvestmentPlanConstraints constraints) {
        double floors = Arrays.stream(lo).sum();
        double caps = Arrays.stream(hi).sum();
        if (floors > budget * (1 + 1e-12)) {
            throw new BadRequestException(
                    "investmentPlan: the constraints need " + money(floors) + " (minPerPartner, keepCurrent and the partners"
                            + " held at today's share), more than the budget " + money(budget) + "; lower them or raise the budget");
        }
        if (caps < budget * (1 - 1e-12)) {
            throw new BadRequestException("investmentPlan: the budget " + money(budget) + " cannot be placed: maxPerPartner "
                    + money(constraints.maxPerPartner() == null ? 0 : constraints.maxPerPartner())
                    + " and the partners held at today's share"
                    + " cap the plan at " + money(caps) + "; raise maxPerPartner or lower the budget");
        }
    }

    /**
     * Water-filling: finds the level λ at which every partner not held by a floor or cap has marginal
     * return a/(S + x) = λ, i.e. x = clamp(a/λ - S, lo, hi), and the allocations sum to the budget
     * (bisection on log λ; the sum falls as λ rises). Writes x; returns λ.
     */
    static double waterFill(double[] a, double s, double[] lo, double[] hi, double budget, double[] x) {
        double top = 0;
        for (int i = 0; i < a.length; i++) {
            top = Math.max(top, a[i] / (s + lo[i]));
        }
        if (top <= 0) {
            System.arraycopy(lo, 0, x, 0, lo.length);
            return 0;
        }
        double high = top * 2;
        double low = top;
        for (int k = 0; k < 2_000 && allocate(a, s, lo, hi, low, x) < budget; k++) {
            low /= 2;
        }
        for (int k = 0; k < 200; k++) {
            double mid = Math.sqrt(low * high);
            if (allocate(a, s, lo, hi, mid, x) < budget) {
                high = mid;
            } else {
                low = mid;
            }
        }
        double total = allocate(a, s, lo, hi, low, x);
        // the last bisection step leaves a rounding residue; give it to the partners still between their floor and cap
        double residue = budget - total;
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x[i] > lo[i] && x[i] < hi[i]) {
                free.add(i);
            }
        }
        for (int i : free) {
            x[i] = Math.min(hi[i], Math.max(lo[i], x[i] + residue / free.size()));
        }
        return low;
    }

    private static double allocate(double[] a, double s, double[] lo, double[] hi, double level, double[] x) {
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            x[i] = Math.min(hi[i], Math.max(lo[i], a[i] / level - s));
            total += x[i];
        }
        return total;
    }

    /**
     * Groups the reductions and increases into moves: reductions (largest first) are matched to
     * increases (largest first) in order, each flow carrying its share of the donor's lost and the
     * recipient's gained revenue; flows are then grouped by whichever side has fewer partners, so a
     * move reads "from A, B to C" or "from A to B, C". The moves' effects sum to the plan's uplift.
     */
    static List<InvestmentMove> moves(List<PlannedInvestment> partners, double tolerance) {
        List<PlannedInvestment> down = partners.stream().filter(p -> p.change() < -tolerance)
                .sorted(Comparator.comparingDouble(PlannedInvestment::change).thenComparing(PlannedInvestment::id)).toList();
        List<PlannedInvestment> up = partners.stream().filter(p -> p.change() > tolerance)
                .sorted(Comparator.comparingDouble((PlannedInvestment p) -> -p.change()).thenComparing(PlannedInvestment::id)).toList();
        if (down.isEmpty() || up.isEmpty()) {
            return List.of();
        }
        boolean byRecipient = up.size() <= down.size();
        Map<String, Group> groups = new LinkedHashMap<>();
        int i = 0;
        int j = 0;
        double leftDown = -down.getFirst().change();
        double leftUp = up.getFirst().change();
        while (i < down.size() && j < up.size()) {
            PlannedInvestment d = down.get(i);
            PlannedInvestment u = up.get(j);
            double flow = Math.min(leftDown, leftUp);
            double lossPerDollar = (d.expectedRevenueCurrent() - d.expectedRevenuePlanned()) / -d.change();
            double gainPerDollar = (u.expectedRevenuePlanned() - u.expectedRevenueCurrent()) / u.change();
            Group g = groups.computeIfAbsent(byRecipient ? u.id() : d.id(), k -> new Group());
            g.from.merge(d.id(), new MoveShare(d.id(), d.name(), flow), (p, q) -> new MoveShare(p.id(), p.name(), p.amount() + q.amount()));
            g.to.merge(u.id(), new MoveShare(u.id(), u.name(), flow), (p, q) -> new MoveShare(p.id(), p.name(), p.amount() + q.amount()));
            g.amount += flow;
            g.effect += flow * (gainPerDollar - lossPerDollar);
            g.direct += flow * (gainPerDollar * u.directShare() - lossPerDollar * d.directShare());
            leftDown -= flow;
            leftUp -= flow;
            if (leftDown <= tolerance && ++i < down.size()) {
                leftDown = -down.get(i).change();
            }
            if (leftUp <= tolerance && ++j < up.size()) {
                leftUp = up.get(j).change();
            }
        }
        return groups.values().stream().map(g -> new InvestmentMove(sorted(g.from), sorted(g.to), g.amount, g.effect, g.direct,
                g.effect - g.direct))
                .sorted(Comparator.comparingDouble((InvestmentMove m) -> -m.amount())).toList();
    }

    private static List<MoveShare> sorted(Map<String, MoveShare> shares) {
        return shares.values().stream().sorted(Comparator.comparingDouble((MoveShare m) -> -m.amount()).thenComparing(MoveShare::id))
                .toList();
    }

    private static final class Group {
        final Map<String, MoveShare> from = new TreeMap<>();
        final Map<String, MoveShare> to = new TreeMap<>();
        double amount;
        double effect;
        double direct;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }

    private static String money(double v) {
        return Formats.money(v);
    }

    private static String decimal(double v) {
        return Formats.decimal(v);
    }
}
