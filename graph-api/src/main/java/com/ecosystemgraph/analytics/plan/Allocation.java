package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.Formats;
import com.ecosystemgraph.graphql.BadRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The budget placed on the curves under the constraints: each partner's floor and cap (lo, hi), the
 * water-filled allocation x and the marginal return λ where it levels (docs/analytics.md#8).
 *
 * @param tolerance below this an allocation counts as unchanged
 */
record Allocation(double[] lo, double[] hi, double[] x, double level, double tolerance) {

    /** Places the budget; says in the assumptions which constraints shaped it. */
    static Allocation of(Curves curves, PlanParameters p, List<String> assumptions) {
        List<Candidate> candidates = curves.candidates();
        InvestmentPlanConstraints constraints = p.constraints();
        double[] lo = new double[candidates.size()];
        double[] hi = new double[candidates.size()];
        long held = bounds(candidates, constraints, lo, hi);
        assumptions.addAll(constraintNotes(constraints, held));
        checkFeasible(lo, hi, p.budget(), constraints);
        double[] x = new double[candidates.size()];
        double level = waterFill(curves.a(), curves.s(), lo, hi, p.budget(), x);
        double tolerance = Math.max(0.5, p.budget() * 1e-9);
        Integer maxChanged = constraints.maxPartnersChanged();
        if (maxChanged != null && changed(candidates, x, tolerance) > maxChanged) {
            holdAllBut(maxChanged, candidates, x, lo, hi);
            assumptions.add("maxPartnersChanged " + maxChanged + ": the " + maxChanged + " partners with the largest change in the"
                    + " unconstrained plan may change (partners a floor or cap moves off today's share first); the others stay at today's"
                    + " share of the budget (a heuristic, not an exact optimum)");
            checkFeasible(lo, hi, p.budget(), constraints);
            level = waterFill(curves.a(), curves.s(), lo, hi, p.budget(), x);
        }
        return new Allocation(lo, hi, x, level, tolerance);
    }

    /**
     * Each partner's floor and cap: a partner the constraints do not allow to change stays at today's
     * share of the budget; the others get keepCurrent's share and minPerPartner (if invested today) as
     * floor, maxPerPartner as cap. Returns how many are held.
     */
    static long bounds(List<Candidate> candidates, InvestmentPlanConstraints constraints, double[] lo, double[] hi) {
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
        return held;
    }

    private static List<String> constraintNotes(InvestmentPlanConstraints constraints, long held) {
        List<String> notes = new ArrayList<>();
        if (constraints.keep() > 0) {
            notes.add("keepCurrent " + Formats.decimal(constraints.keep())
                    + ": every partner keeps at least that share of its current allocation at the budget");
        }
        if (constraints.minPerPartner() != null) {
            notes.add(
                    "minPerPartner " + Formats.money(constraints.minPerPartner()) + ": partners with investment today keep at least that");
        }
        if (constraints.maxPerPartner() != null) {
            notes.add("maxPerPartner " + Formats.money(constraints.maxPerPartner())
                    + ": no partner gets more (unless its keepCurrent share is larger)");
        }
        if (constraints.partnerLimited()) {
            notes.add(held + " partners outside the allowed types / tiers / regions stay at today's share of the budget");
        }
        return notes;
    }

    /**
     * maxPartnersChanged: keeps the partners whose unconstrained change is largest (those a floor or cap
     * already forces off today's share first) and holds the rest at today's share, within their bounds.
     */
    static void holdAllBut(int maxChanged, List<Candidate> candidates, double[] first, double[] lo, double[] hi) {
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] unconstrained = first.clone();
        double[] lower = lo.clone();
        double[] upper = hi.clone();
        Arrays.sort(order, Comparator.comparing((Integer i) -> {
            double b = candidates.get(i).atBudget();
            return b >= lower[i] && b <= upper[i];
        }).thenComparingDouble(i -> -Math.abs(unconstrained[i] - candidates.get(i).atBudget()))
                .thenComparing(i -> candidates.get(i).row().id()));
        for (int k = maxChanged; k < order.length; k++) {
            int i = order[k];
            double keep = Math.min(hi[i], Math.max(lo[i], candidates.get(i).atBudget()));
            lo[i] = keep;
            hi[i] = keep;
        }
    }

    static long changed(List<Candidate> candidates, double[] x, double tolerance) {
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - candidates.get(i).atBudget()) > tolerance) {
                n++;
            }
        }
        return n;
    }

    static void checkFeasible(double[] lo, double[] hi, double budget, InvestmentPlanConstraints constraints) {
        double floors = Arrays.stream(lo).sum();
        double caps = Arrays.stream(hi).sum();
        if (floors > budget * (1 + 1e-12)) {
            throw new BadRequestException(
                    "investmentPlan: the constraints need " + Formats.money(floors) + " (minPerPartner, keepCurrent and the partners"
                            + " held at today's share), more than the budget " + Formats.money(budget)
                            + "; lower them or raise the budget");
        }
        if (caps < budget * (1 - 1e-12)) {
            throw new BadRequestException("investmentPlan: the budget " + Formats.money(budget) + " cannot be placed: maxPerPartner "
                    + Formats.money(constraints.maxPerPartner() == null ? 0 : constraints.maxPerPartner())
                    + " and the partners held at today's share"
                    + " cap the plan at " + Formats.money(caps) + "; raise maxPerPartner or lower the budget");
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
}
