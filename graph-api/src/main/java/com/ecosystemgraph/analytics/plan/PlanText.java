package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.Formats;
import com.ecosystemgraph.analytics.NetworkCredit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a plan says in words: its assumptions, and why a top partner loses budget. */
final class PlanText {

    private PlanText() {
    }

    /** The history window and who is in the plan. */
    static List<String> window(LocalDate from, LocalDate asOf, LocalDate currentFrom) {
        return new ArrayList<>(List.of(
                "history window: partner-driven revenue (won deals the partner sourced or co-sold, full amount) and investment from "
                        + (from == null ? "the start of the data" : from.toString()) + " to " + asOf
                        + ", as partnerReturns; today's allocation: investment spent " + currentFrom + " to " + asOf
                        + " (trailing 12 months)",
                "partners in the plan: active partners matching the filter with investment in the history window; churned partners,"
                        + " partners without investment history and prospects are left out"));
    }

    /** Whether (and how) referral credit counts; credits null when it does not. */
    static String network(NetworkCredit.Credits credits) {
        if (credits == null) {
            return "network value not counted: a partner's return is its own partner-driven revenue only";
        }
        return "network value counted: a partner's return is its partner-driven revenue plus its referral credit, the"
                + " revenue descending from its referrals within " + NetworkCredit.DEFAULT_HOPS + " hops, each further hop counting "
                + NetworkCredit.DEFAULT_DECAY + " as much (as referralReach), over the history window"
                + (credits.referrals() == 0 ? " (there is no referral in it, so the credit is 0)" : "")
                + "; a referee's revenue counts for it and for its referrers alike, so expected revenues are not additive across"
                + " partners, and each move's effect is split into its direct and network parts";
    }

    /** The return curves, the expected return per dollar, the IPP prior and the allocation rule. */
    static List<String> curves(Curves curves, PlanParameters p, int partners, double currentTotal) {
        List<String> lines = new ArrayList<>();
        lines.add("return curve: expected yearly partner-driven revenue from investment x is R(x) = a·ln(1 + x/S), concave (each further"
                + " dollar returns less; unlike a power curve x^b its first dollar has a finite return, so partners are not funded just for"
                + " being small); S = " + Formats.money(curves.s())
                + ", the median trailing-12-month investment of the partners in the plan (the marginal"
                + " return halves from the first dollar by S); a is set so that at today's investment the curve returns the partner's"
                + " expected return per dollar");
        lines.add("expected return per dollar = w·(history " + (p.countNetwork() ? "revenue and referral credit" : "revenue")
                + " / history investment) + (1 - w)·prior, w = history investment /"
                + " (history investment + S): partners with more invested dollars behind their record are judged by it; prior = the plan's"
                + " pooled return per dollar (" + Formats.decimal(curves.pooled()) + ")"
                + (curves.scored().isEmpty() ? "" : " × the partner's IPP probability / the mean IPP probability"));
        if (curves.scored().isEmpty()) {
            lines.add("IPP probability: none stored (the scoring service has not scored these partners); history only, the prior is"
                    + " the pooled return per dollar");
        } else {
            lines.add("IPP probability: stored scores of model version " + curves.versions() + " for " + curves.scored().size() + " of "
                    + partners + " partners (mean " + Formats.decimal(curves.meanIpp()) + ")"
                    + (curves.scored().size() < partners ? "; unscored partners use the pooled return as their prior" : ""));
        }
        lines.add("revenue is credited to investment as observed (an association, not a controlled experiment); the plan covers"
                + " the next 12 months like the trailing 12 it starts from");
        lines.add("allocation: water-filling on the marginal return a/(S + x) (the limit of greedy allocation in small increments,"
                + " optimal for concave curves) within the floors and caps");
        lines.add("current allocation at the same budget: today's shares × " + Formats.decimal(curves.scale()) + " (budget "
                + Formats.money(p.budget()) + " / trailing-12-month total " + Formats.money(currentTotal) + ")");
        return lines;
    }

    static String topCut(long topCut, boolean countNetwork, double q3) {
        return topCut + " partners in the top quartile of " + (countNetwork ? "network-inclusive " : "") + "return per dollar (>= "
                + Formats.decimal(q3) + ") lose budget; each says why in its reasons";
    }

    /** Why the plan takes budget from a partner whose return per dollar is in the top quartile, in words. */
    static List<String> whyCut(Candidate c, double planned, double s, double level, double q3, boolean countNetwork) {
        List<String> reasons = new ArrayList<>();
        reasons.add("its " + (countNetwork ? "network-inclusive " : "") + "return per dollar " + Formats.ratio(c.networkReturn())
                + (countNetwork && c.credit() > 0
                        ? " (own deals " + Formats.ratio(c.historicalReturn()) + ", referral credit "
                                + Formats.money(c.credit()) + ")"
                        : "")
                + " is in the top quartile of the plan (75th percentile " + Formats.ratio(q3) + ")");
        if (c.weight() < 0.5) {
            reasons.add("its record is short (history weight " + Formats.decimal(c.weight()) + "): its expected return per dollar is "
                    + Formats.ratio(c.expectedReturn()) + " once blended with the prior");
        }
        double marginalNow = c.a() / (s + c.atBudget());
        reasons.add("at today's " + Formats.money(c.atBudget()) + " its next dollar is expected to return " + Formats.ratio(marginalNow)
                + " (diminishing returns: the return curve's scale S is " + Formats.money(s) + "), below the " + Formats.ratio(level)
                + " the plan's last dollar earns elsewhere; at the planned " + Formats.money(planned) + " its next dollar returns "
                + Formats.ratio(c.a() / (s + planned)));
        return reasons;
    }
}
