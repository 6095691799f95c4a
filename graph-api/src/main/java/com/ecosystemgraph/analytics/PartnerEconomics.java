package com.ecosystemgraph.analytics;

import com.ecosystemgraph.partner.PartnerType;
import java.time.LocalDate;
import java.util.List;

/** Whether partners make money with us (docs/analytics.md#4). */
record PartnerEconomics(LocalDate asOf, double threshold, long partnersWithDeals, long evaluated, long atRisk, Double atRiskShare,
                        List<PartnerEconomic> partners, List<String> notes) {

    /** One partner: hourly return = earnings / hours on its deals; multiple = hourly return / its hourly rate. */
    record PartnerEconomic(String id, String name, PartnerType type, double earnings, double hours, Double hourlyReturn,
                           Double hourlyRate, Double multiple, boolean atRisk) {
    }
}
