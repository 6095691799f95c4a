package com.ecosystemgraph.analytics;

import com.ecosystemgraph.partner.PartnerTier;
import com.ecosystemgraph.partner.PartnerType;
import java.time.LocalDate;
import java.util.List;

/** Assigned tier against the tier trailing-12-month revenue earns (docs/analytics.md#3). */
record TierMismatches(LocalDate asOf, long partners, long matching, List<TierMismatch> overTiered, List<TierMismatch> underTiered,
                      double overTieredRevenue, double underTieredRevenue, double overTieredInvestment, List<String> notes) {

    /** Performance tiers, from trailing-12-month partner-driven revenue. */
    enum PerformanceTier {
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
    record TierMismatch(String id, String name, PartnerType type, PartnerTier assignedTier, PerformanceTier performanceTier, int steps,
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
}
