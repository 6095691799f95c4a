package com.ecosystemgraph.analytics.tiers;

import com.ecosystemgraph.analytics.StoredValues;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Assigned tier against the tier trailing-12-month revenue earns (docs/analytics.md#3). */
public record TierMismatches(LocalDate asOf, long partners, long matching, List<TierMismatch> overTiered, List<TierMismatch> underTiered,
        double overTieredRevenue, double underTieredRevenue, double overTieredInvestment, List<String> notes) {

    /** Performance tiers, from trailing-12-month partner-driven revenue. */
    public enum PerformanceTier {
        INACTIVE, SILVER, GOLD, PLATINUM;

        static PerformanceTier of(double trailingRevenue) {
            if (trailingRevenue >= 500_000) {
                return PLATINUM;
            }
            if (trailingRevenue >= 100_000) {
                return GOLD;
            }
            return trailingRevenue >= 25_000 ? SILVER : INACTIVE;
        }
    }

    /** One partner; steps = assigned rank - performance rank (registered and inactive rank 0). */
    public record TierMismatch(String id, String name, PartnerType type, PartnerTier assignedTier, PerformanceTier performanceTier,
            int steps,
            double trailingRevenue, double investment) {
    }

    static int rank(PartnerTier tier) {
        return switch (tier) {
            case PLATINUM -> 3;
            case GOLD -> 2;
            case SILVER -> 1;
            case REGISTERED -> 0;
        };
    }

    /**
     * The analysis from the signed partners' rows: only active partners with a tier, signed at least
     * {@code minTenureMonths} before their as-of date, are compared; those {@code minSteps} or more tier
     * steps apart are listed, over-tiered by steps, under-tiered by revenue (both largest first).
     */
    static TierMismatches of(List<TierRow> all, LocalDate asOf, int minSteps, int minTenureMonths) {
        List<TierRow> rows = all.stream()
                .filter(r -> "active".equals(r.status()) && r.tier() != null && r.signedOn() != null
                        && !r.signedOn().isAfter(r.asOf().minusMonths(minTenureMonths)))
                .toList();
        List<TierMismatch> over = new ArrayList<>();
        List<TierMismatch> under = new ArrayList<>();
        long matching = 0;
        for (TierRow r : rows) {
            PartnerTier assigned = StoredValues.enumOf(PartnerTier.class, r.tier());
            PerformanceTier performance = PerformanceTier.of(r.trailingRevenue());
            int steps = rank(assigned) - performance.ordinal();
            if (steps == 0) {
                matching++;
            }
            if (Math.abs(steps) < minSteps) {
                continue;
            }
            TierMismatch m = new TierMismatch(r.id(), r.name(), StoredValues.enumOf(PartnerType.class, r.type()), assigned, performance,
                    steps,
                    r.trailingRevenue(), r.investment());
            (steps > 0 ? over : under).add(m);
        }
        over.sort(Comparator.comparingInt(TierMismatch::steps).reversed().thenComparing(TierMismatch::id));
        under.sort(Comparator.comparingDouble(TierMismatch::trailingRevenue).reversed().thenComparing(TierMismatch::id));
        List<String> notes = rows.isEmpty() ? List.of("no active partner with " + minTenureMonths + " months' tenure matches") : List.of();
        return new TierMismatches(asOf, rows.size(), matching, over, under,
                over.stream().mapToDouble(TierMismatch::trailingRevenue).sum(),
                under.stream().mapToDouble(TierMismatch::trailingRevenue).sum(),
                over.stream().mapToDouble(TierMismatch::investment).sum(), notes);
    }
}
