package com.ecosystemgraph.analytics.returns;

import com.ecosystemgraph.analytics.Formats;
import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.StoredValues;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Return on partner investment, concentration of outcomes and diluted investment (docs/analytics.md#2).
 *
 * @param referralCredit the partners' referral credit summed: revenue also counted as its earner's own, so not additive with revenue
 * @param dilution         the network-aware, absolute reading
 * @param relativeDilution the relative reading on own revenue (top investment quartile and bottom return quartile)
 */
public record PartnerReturns(LocalDate asOf, LocalDate from, long partnerCount, double revenue, double influencedRevenue, double investment,
        Double ropi, double referralCredit, int maxHops, double decay, List<PartnerReturn> partners,
        List<GroupReturn> byType, List<GroupReturn> byTier, Concentration concentration, Dilution dilution,
        Dilution relativeDilution, List<String> notes) {

    /**
     * One partner. ROPI = (revenue - investment) / investment; MDF ROI = revenue / MDF spend;
     * return per dollar = revenue / investment, network-inclusive = (revenue + referral credit) /
     * investment. Null without investment (or MDF).
     */
    public record PartnerReturn(String id, String name, PartnerType type, PartnerTier tier, String region, double revenue,
            double influencedRevenue, double investment, double mdf, double enablement, double coMarketing, double support,
            Double ropi, Double mdfRoi, double referralCredit, double networkRevenue, Double returnPerDollar,
            Double networkReturnPerDollar) {
    }

    /** Partners of one type or assigned tier, summed. */
    public record GroupReturn(String key, long partners, double revenue, double influencedRevenue, double investment, Double ropi,
            double referralCredit) {
    }

    /** How concentrated partner-driven revenue is. */
    public record Concentration(long partners, long partnersWithRevenue, Double top10Share, Double top20Share, Double gini,
            List<ParetoPoint> pareto) {
    }

    /** The top {@code partnerShare} of partners (by revenue) hold {@code revenueShare} of the revenue. */
    public record ParetoPoint(double partnerShare, double revenueShare) {
    }

    /**
     * Partners (tenure of 12 months or more) in the top investment quartile whose return per invested
     * dollar is below {@code returnThreshold}: an absolute floor on the network-inclusive return
     * ({@code networkInclusive}), or the bottom quartile of own return per dollar (the relative reading).
     */
    public record Dilution(String rule, boolean networkInclusive, long eligiblePartners, Double investmentThreshold, Double returnThreshold,
            double dilutedInvestment, List<DilutedPartner> partners) {
    }

    /** A partner flagged as diluted, with why in words. */
    public record DilutedPartner(String id, String name, PartnerType type, PartnerTier tier, String region, double investment,
            double revenue,
            double referralCredit, Double returnPerDollar, Double networkReturnPerDollar, List<String> reasons) {
    }

    /** Below this many tenured partners quartiles are too coarse to call anyone diluted. */
    static final int MIN_DILUTION_PARTNERS = 8;

    /**
     * The analysis from the signed partners' rows (their referral credit included): returns, the top
     * {@code first} by revenue, groups, concentration and the two dilution readings.
     *
     * @param referrals the referrals in the network as of the date (0: nobody has referral credit)
     */
    static PartnerReturns of(List<ReturnRow> rows, long referrals, LocalDate asOf, LocalDate from, int first, double floor, int maxHops,
            double decay) {
        List<String> notes = new ArrayList<>();
        if (referrals == 0) {
            notes.add("no referral dated on or before " + asOf + ": referral credit is 0 for every partner");
        }
        List<PartnerReturn> all = rows.stream().map(PartnerReturns::partnerReturn).toList();
        double revenue = all.stream().mapToDouble(PartnerReturn::revenue).sum();
        double investment = all.stream().mapToDouble(PartnerReturn::investment).sum();
        if (investment <= 0) {
            notes.add("no investment in the period: return per dollar and dilution not reported");
        }
        List<PartnerReturn> top = all.stream().sorted(Comparator.comparingDouble(PartnerReturn::revenue).reversed()
                .thenComparing(PartnerReturn::id)).limit(first).toList();
        Concentration concentration = concentration(all, revenue, notes);
        Map<String, PartnerReturn> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        List<PartnerReturn> tenured = rows.stream().filter(r -> r.signedOn() != null && !r.signedOn().isAfter(r.asOf().minusMonths(12)))
                .map(r -> byId.get(r.id())).toList();
        Dilution[] dilution = dilution(tenured, floor, maxHops, decay, notes);
        return new PartnerReturns(asOf, from, all.size(), revenue, all.stream().mapToDouble(PartnerReturn::influencedRevenue).sum(),
                investment, investment > 0 ? (revenue - investment) / investment : null,
                all.stream().mapToDouble(PartnerReturn::referralCredit).sum(), maxHops, decay, top,
                groups(all, p -> p.type() == null ? "unknown" : StoredValues.lower(p.type())),
                groups(all, p -> p.tier() == null ? "unknown" : StoredValues.lower(p.tier())), concentration, dilution[0], dilution[1],
                notes);
    }

    private static Concentration concentration(List<PartnerReturn> all, double revenue, List<String> notes) {
        double[] revenues = all.stream().mapToDouble(PartnerReturn::revenue).toArray();
        boolean enough = revenues.length >= Limits.MIN_PARTNERS && revenue > 0;
        if (!enough) {
            notes.add("fewer than " + Limits.MIN_PARTNERS + " partners with revenue in the period; concentration not reported");
        }
        return new Concentration(revenues.length, all.stream().filter(p -> p.revenue() > 0).count(),
                enough ? Statistics.topShare(revenues, 0.10) : null, enough ? Statistics.topShare(revenues, 0.20) : null,
                enough ? Statistics.gini(revenues) : null, enough ? pareto(revenues) : List.of());
    }

    /** The absolute (network-inclusive) and the relative dilution readings over the tenured partners. */
    private static Dilution[] dilution(List<PartnerReturn> tenured, double floor, int maxHops, double decay, List<String> notes) {
        String absoluteRule = "partners with 12 months' tenure in the top investment quartile whose partner-driven revenue plus referral"
                + " credit (" + maxHops + " hops, decay " + decay + ") per invested dollar is below " + Formats.ratio(floor);
        String relativeRule = "relative reading: partners with 12 months' tenure in the top investment quartile and the bottom quartile"
                + " of their own partner-driven revenue per invested dollar (no referral credit)";
        if (tenured.size() < MIN_DILUTION_PARTNERS || tenured.stream().allMatch(r -> r.investment() == 0)) {
            notes.add("fewer than " + MIN_DILUTION_PARTNERS + " partners with 12 months' tenure and investment; dilution not reported");
            return new Dilution[]{new Dilution(absoluteRule, true, tenured.size(), null, floor, 0, List.of()),
                    new Dilution(relativeRule, false, tenured.size(), null, null, 0, List.of())};
        }
        double investmentQ3 = Statistics.quantile(tenured.stream().mapToDouble(PartnerReturn::investment).toArray(), 0.75);
        List<PartnerReturn> invested = tenured.stream().filter(p -> p.investment() > 0 && p.investment() >= investmentQ3).toList();
        List<DilutedPartner> absolute = invested.stream().filter(p -> p.networkReturnPerDollar() < floor)
                .map(p -> diluted(p, List.of(topQuartile(p, investmentQ3), belowFloor(p, floor, maxHops, decay)))).toList();
        double returnQ1 = Statistics.quantile(tenured.stream().filter(p -> p.investment() > 0)
                .mapToDouble(PartnerReturn::returnPerDollar).toArray(), 0.25);
        List<DilutedPartner> bottom = invested.stream().filter(p -> p.returnPerDollar() <= returnQ1)
                .map(p -> diluted(p, relativeReasons(p, investmentQ3, returnQ1, floor))).toList();
        return new Dilution[]{new Dilution(absoluteRule, true, tenured.size(), investmentQ3, floor,
                absolute.stream().mapToDouble(DilutedPartner::investment).sum(), sortedByInvestment(absolute)),
                new Dilution(relativeRule, false, tenured.size(), investmentQ3, returnQ1,
                        bottom.stream().mapToDouble(DilutedPartner::investment).sum(), sortedByInvestment(bottom))};
    }

    private static PartnerReturn partnerReturn(ReturnRow r) {
        double investment = r.investment();
        double credit = r.referralCredit();
        return new PartnerReturn(r.id(), r.name(), StoredValues.enumOf(PartnerType.class, r.type()),
                StoredValues.enumOf(PartnerTier.class, r.tier()), r.region(),
                r.revenue(), r.influenced(), investment, r.mdf(), r.enablement(), r.coMarketing(), r.support(),
                investment > 0 ? (r.revenue() - investment) / investment : null, r.mdf() > 0 ? r.revenue() / r.mdf() : null,
                credit, r.revenue() + credit, investment > 0 ? r.revenue() / investment : null,
                investment > 0 ? (r.revenue() + credit) / investment : null);
    }

    private static DilutedPartner diluted(PartnerReturn p, List<String> reasons) {
        return new DilutedPartner(p.id(), p.name(), p.type(), p.tier(), p.region(), p.investment(), p.revenue(), p.referralCredit(),
                p.returnPerDollar(), p.networkReturnPerDollar(), reasons);
    }

    private static List<DilutedPartner> sortedByInvestment(List<DilutedPartner> partners) {
        return partners.stream().sorted(Comparator.comparingDouble(DilutedPartner::investment).reversed().thenComparing(DilutedPartner::id))
                .toList();
    }

    private static String topQuartile(PartnerReturn p, double investmentQ3) {
        return "absorbed " + Formats.money(p.investment()) + " of investment in the period, in the top quartile (75th percentile of"
                + " partners with 12 months' tenure: " + Formats.money(investmentQ3) + ")";
    }

    private static String belowFloor(PartnerReturn p, double floor, int maxHops, double decay) {
        String own = "its own partner-driven revenue " + Formats.money(p.revenue());
        String network = p.referralCredit() > 0
                ? " plus referral credit " + Formats.money(p.referralCredit()) + " (" + maxHops + " hops, decay " + decay + ")"
                : " and no referral credit";
        return own + network + " returned " + Formats.ratio(p.networkReturnPerDollar()) + " per invested dollar, below the floor of "
                + Formats.ratio(floor);
    }

    private static List<String> relativeReasons(PartnerReturn p, double investmentQ3, double returnQ1, double floor) {
        List<String> reasons = new ArrayList<>();
        reasons.add(topQuartile(p, investmentQ3));
        reasons.add("its own partner-driven revenue " + Formats.money(p.revenue()) + " returned " + Formats.ratio(p.returnPerDollar())
                + " per invested dollar, in the bottom quartile of partners with investment (25th percentile: " + Formats.ratio(returnQ1)
                + ")");
        if (p.networkReturnPerDollar() >= floor) {
            reasons.add("with its referral credit " + Formats.money(p.referralCredit()) + " it returns "
                    + Formats.ratio(p.networkReturnPerDollar())
                    + " per dollar, at or above the floor of " + Formats.ratio(floor) + ": not diluted by the absolute reading");
        }
        return reasons;
    }

    private static List<GroupReturn> groups(List<PartnerReturn> all, Function<PartnerReturn, String> key) {
        Map<String, List<PartnerReturn>> grouped = new TreeMap<>();
        all.forEach(p -> grouped.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        List<GroupReturn> result = new ArrayList<>();
        grouped.forEach((k, list) -> {
            double revenue = list.stream().mapToDouble(PartnerReturn::revenue).sum();
            double investment = list.stream().mapToDouble(PartnerReturn::investment).sum();
            result.add(new GroupReturn(k, list.size(), revenue, list.stream().mapToDouble(PartnerReturn::influencedRevenue).sum(),
                    investment, investment > 0 ? (revenue - investment) / investment : null,
                    list.stream().mapToDouble(PartnerReturn::referralCredit).sum()));
        });
        return result;
    }

    /** Pareto curve at every 5% of partners (sorted by revenue, largest first). */
    static List<ParetoPoint> pareto(double[] revenues) {
        List<ParetoPoint> points = new ArrayList<>();
        points.add(new ParetoPoint(0, 0));
        for (int step = 1; step <= 20; step++) {
            double share = step / 20.0;
            points.add(new ParetoPoint(share, Statistics.topShare(revenues, share)));
        }
        return points;
    }
}
