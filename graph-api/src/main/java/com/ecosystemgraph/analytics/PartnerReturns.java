package com.ecosystemgraph.analytics;

import com.ecosystemgraph.partner.PartnerTier;
import com.ecosystemgraph.partner.PartnerType;
import java.time.LocalDate;
import java.util.List;

/** Return on partner investment, concentration of outcomes and diluted investment (docs/analytics.md#2). */
record PartnerReturns(LocalDate asOf, LocalDate from, long partnerCount, double revenue, double influencedRevenue, double investment,
                      Double ropi, List<PartnerReturn> partners, List<GroupReturn> byType, List<GroupReturn> byTier,
                      Concentration concentration, Dilution dilution, List<String> notes) {

    /** One partner. ROPI = (revenue - investment) / investment; MDF ROI = revenue / MDF spend. Null without investment. */
    record PartnerReturn(String id, String name, PartnerType type, PartnerTier tier, String region, double revenue,
                         double influencedRevenue, double investment, double mdf, double enablement, double coMarketing, double support,
                         Double ropi, Double mdfRoi) {
    }

    /** Partners of one type or assigned tier, summed. */
    record GroupReturn(String key, long partners, double revenue, double influencedRevenue, double investment, Double ropi) {
    }

    /** How concentrated partner-driven revenue is. */
    record Concentration(long partners, long partnersWithRevenue, Double top10Share, Double top20Share, Double gini,
                         List<ParetoPoint> pareto) {
    }

    /** The top {@code partnerShare} of partners (by revenue) hold {@code revenueShare} of the revenue. */
    record ParetoPoint(double partnerShare, double revenueShare) {
    }

    /**
     * Partners (tenure of 12 months or more) in the top investment quartile and the bottom quartile of
     * revenue per invested dollar.
     */
    record Dilution(long eligiblePartners, Double investmentThreshold, Double returnThreshold, double dilutedInvestment,
                    List<PartnerReturn> partners) {
    }
}
