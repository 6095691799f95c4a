package com.ecosystemgraph.analytics.economics;

import com.ecosystemgraph.analytics.Limits;
import com.ecosystemgraph.analytics.Statistics;
import com.ecosystemgraph.analytics.StoredValues;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Whether partners make money with us (docs/analytics.md#4). */
public record PartnerEconomics(LocalDate asOf, double threshold, long partnersWithDeals, long evaluated, long atRisk, Double atRiskShare,
        List<PartnerEconomic> partners, List<String> notes) {

    /** One partner: hourly return = earnings / hours on its deals; multiple = hourly return / its hourly rate. */
    public record PartnerEconomic(String id, String name, PartnerType type, double earnings, double hours, Double hourlyReturn,
            Double hourlyRate, Double multiple, boolean atRisk) {
    }

    /**
     * The analysis from the rows of the partners with deals in the period: a partner with an hourly
     * rate and recorded work is at risk below {@code threshold} times its rate; the {@code first}
     * lowest multiples are listed.
     */
    static PartnerEconomics of(List<EconomicsRow> rows, LocalDate asOf, double threshold, int first) {
        List<PartnerEconomic> evaluated = new ArrayList<>();
        for (EconomicsRow r : rows) {
            if (r.hourlyRate() == null || r.hourlyRate() <= 0 || (r.hours() <= 0 && r.earnings() <= 0)) {
                continue; // no opportunity cost or no work recorded: cannot judge
            }
            Double hourly = r.hours() > 0 ? r.earnings() / r.hours() : null;
            Double multiple = hourly == null ? null : hourly / r.hourlyRate();
            boolean atRisk = multiple != null && multiple < threshold;
            evaluated.add(
                    new PartnerEconomic(r.id(), r.name(), StoredValues.enumOf(PartnerType.class, r.type()), r.earnings(), r.hours(), hourly,
                            r.hourlyRate(), multiple, atRisk));
        }
        long atRisk = evaluated.stream().filter(PartnerEconomic::atRisk).count();
        List<String> notes = new ArrayList<>();
        if (rows.size() > evaluated.size()) {
            notes.add((rows.size() - evaluated.size())
                    + " partners with deals have no hourly rate or no recorded hours and earnings; not judged");
        }
        if (evaluated.size() < Limits.MIN_PARTNERS) {
            notes.add("fewer than " + Limits.MIN_PARTNERS + " partners with hours and an hourly rate; at-risk share not reported");
        }
        List<PartnerEconomic> listed = evaluated.stream().sorted(Comparator.comparing(PartnerEconomic::multiple,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(PartnerEconomic::id)).limit(first).toList();
        return new PartnerEconomics(asOf, threshold, rows.size(), evaluated.size(), atRisk,
                Statistics.rate(atRisk, evaluated.size(), Limits.MIN_PARTNERS), listed, notes);
    }
}
