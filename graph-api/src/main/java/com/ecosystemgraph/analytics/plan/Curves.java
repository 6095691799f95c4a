package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plan's return curves: the scale S (one typical partner's yearly investment), the pooled return
 * per dollar, and per partner its expected return per dollar, its history blended with a prior by
 * the confidence w = history investment / (history investment + S) (docs/analytics.md#8).
 *
 * @param scored the partners with a stored IPP probability
 * @param versions the IPP model versions of their scores, comma separated
 * @param scale budget / today's trailing-12-month total: today's allocation at the budget
 */
record Curves(double s, double pooled, double meanIpp, List<PlanRow> scored, String versions, double scale, List<Candidate> candidates,
        double networkQ3) {

    static Curves of(PlanHistory history, Map<String, Double> credit, PlanParameters p) {
        List<PlanRow> eligible = history.eligible();
        double historyCredit = eligible.stream().mapToDouble(r -> credit.getOrDefault(r.id(), 0.0)).sum();
        // S: one typical partner's yearly investment; the curve's marginal return halves from the first dollar by x = S.
        double s = Statistics.quantile(eligible.stream().mapToDouble(PlanRow::currentInvestment).filter(v -> v > 0).toArray(), 0.5);
        double withCredit = history.revenue() + historyCredit;
        double pooled = withCredit / history.investment();
        double pooledDirect = withCredit > 0 ? history.revenue() / withCredit : 1;
        List<PlanRow> scored = eligible.stream().filter(r -> r.ippProbability() != null).toList();
        double meanIpp = scored.stream().mapToDouble(PlanRow::ippProbability).average().orElse(0);
        String versions = scored.stream().map(r -> r.ippModelVersion() == null ? "unknown" : r.ippModelVersion()).distinct().sorted()
                .collect(Collectors.joining(", "));
        double scale = p.budget() / history.currentTotal();
        List<Candidate> candidates = new ArrayList<>();
        for (PlanRow r : eligible) {
            double prior = pooled * (r.ippProbability() != null && meanIpp > 0 ? r.ippProbability() / meanIpp : 1.0);
            candidates.add(candidate(r, credit.getOrDefault(r.id(), 0.0), s, prior, pooledDirect, scale, p));
        }
        double networkQ3 = Statistics.quantile(candidates.stream().mapToDouble(Candidate::networkReturn).toArray(), 0.75);
        return new Curves(s, pooled, meanIpp, scored, versions, scale, candidates, networkQ3);
    }

    /**
     * One partner's curve: its expected return per dollar blends its own record (with referral
     * credit) and the prior by the confidence w; a is set so that at today's investment the curve
     * returns that expected return per dollar (the limit a = expected·S at c = 0).
     */
    static Candidate candidate(PlanRow r, double credit, double s, double prior, double pooledDirect, double scale, PlanParameters p) {
        double historical = r.revenue() / r.investment();
        double networkReturn = (r.revenue() + credit) / r.investment();
        double weight = confidence(r.investment(), s);
        double expected = weight * networkReturn + (1 - weight) * prior;
        // the part of the expected return from the partner's own deals: its own history, and the prior's direct share
        double direct = weight * historical + (1 - weight) * prior * pooledDirect;
        double c = r.currentInvestment();
        double a = c > 0 ? expected * c / Math.log1p(c / s) : expected * s;
        return new Candidate(r, historical, weight, expected, a, c, c * scale,
                p.constraints().changeable(r.type(), r.tier(), r.region()), credit, networkReturn,
                !p.countNetwork() || expected <= 0 ? 1 : Math.min(1, direct / expected));
    }

    /** How far a partner's own record counts against the prior: history investment / (history investment + S). */
    static double confidence(double historyInvestment, double s) {
        return historyInvestment / (historyInvestment + s);
    }

    /** Expected yearly revenue at investment x on the curve a·ln(1 + x/S). */
    static double revenue(double a, double s, double x) {
        return a * Math.log1p(x / s);
    }

    double[] a() {
        return candidates.stream().mapToDouble(Candidate::a).toArray();
    }
}
