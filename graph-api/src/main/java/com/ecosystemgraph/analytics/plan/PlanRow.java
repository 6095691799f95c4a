package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import java.time.LocalDate;

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
