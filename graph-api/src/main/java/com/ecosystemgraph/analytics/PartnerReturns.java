package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.List;

/**
 * Return on partner investment, concentration of outcomes and diluted investment (docs/analytics.md#2).
 *
 * @param referralCredit the partners' referral credit summed: revenue also counted as its earner's own, so not additive with revenue
 * @param dilution         the network-aware, absolute reading
 * @param relativeDilution the relative reading on own revenue (top investment quartile and bottom return quartile)
 */
record PartnerReturns(LocalDate asOf, LocalDate from, long partnerCount, double revenue, double influencedRevenue, double investment,
        Double ropi, double referralCredit, int maxHops, double decay, List<PartnerReturn> partners,
        List<GroupReturn> byType, List<GroupReturn> byTier, Concentration concentration, Dilution dilution,
        Dilution relativeDilution, List<String> notes) {

    /**
     * One partner. ROPI = (revenue - investment) / investment; MDF ROI = revenue / MDF spend;
     * return per dollar = revenue / investment, network-inclusive = (revenue + referral credit) /
     * investment. Null without investment (or MDF).
     */
    record PartnerReturn(String id, String name, PartnerType type, PartnerTier tier, String region, double revenue,
            double influencedRevenue, double investment, double mdf, double enablement, double coMarketing, double support,
            Double ropi, Double mdfRoi, double referralCredit, double networkRevenue, Double returnPerDollar,
            Double networkReturnPerDollar) {
    }

    /** Partners of one type or assigned tier, summed. */
    record GroupReturn(String key, long partners, double revenue, double influencedRevenue, double investment, Double ropi,
            double referralCredit) {
    }

    /** How concentrated partner-driven revenue is. */
    record Concentration(long partners, long partnersWithRevenue, Double top10Share, Double top20Share, Double gini,
            List<ParetoPoint> pareto) {
    }

    /** The top {@code partnerShare} of partners (by revenue) hold {@code revenueShare} of the revenue. */
    record ParetoPoint(double partnerShare, double revenueShare) {
    }

    /**
     * Partners (tenure of 12 months or more) in the top investment quartile whose return per invested
     * dollar is below {@code returnThreshold}: an absolute floor on the network-inclusive return
     * ({@code networkInclusive}), or the bottom quartile of own return per dollar (the relative reading).
     */
    record Dilution(String rule, boolean networkInclusive, long eligiblePartners, Double investmentThreshold, Double returnThreshold,
            double dilutedInvestment, List<DilutedPartner> partners) {
    }

    /** A partner flagged as diluted, with why in words. */
    record DilutedPartner(String id, String name, PartnerType type, PartnerTier tier, String region, double investment, double revenue,
            double referralCredit, Double returnPerDollar, Double networkReturnPerDollar, List<String> reasons) {
    }
}
