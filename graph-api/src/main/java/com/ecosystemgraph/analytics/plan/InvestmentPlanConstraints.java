package com.ecosystemgraph.analytics.plan;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.util.List;
import java.util.Locale;

/**
 * The {@code InvestmentPlanConstraints} input of {@code investmentPlan} (docs/analytics.md#8). Every
 * field is optional; the partner lists say which partners the plan may change (the others stay at
 * today's share of the budget), unlike the filter, which says which partners are in the plan at all.
 */
public record InvestmentPlanConstraints(Double maxPerPartner, Double minPerPartner, List<PartnerType> partnerTypes, List<PartnerTier> tiers,
        List<String> regions, Integer maxPartnersChanged, Double keepCurrent) {

    public static final InvestmentPlanConstraints NONE = new InvestmentPlanConstraints(null, null, null, null, null, null, null);
    /** Larger than any partner budget we could mean; beyond it a figure is a typo, not a plan. */
    static final double MAX_AMOUNT = 1e12;
    static final int MAX_PARTNERS_CHANGED = 100_000;

    static InvestmentPlanConstraints orNone(InvestmentPlanConstraints constraints) {
        return constraints == null ? NONE : constraints;
    }

    /** Throws a BAD_REQUEST naming the field, the value and the rule for the first field out of range. */
    void validate() {
        if (maxPerPartner != null && (!Double.isFinite(maxPerPartner) || maxPerPartner <= 0 || maxPerPartner > MAX_AMOUNT)) {
            throw bad("constraints.maxPerPartner must be above 0 and at most 1e12 (an amount per partner and year), was " + maxPerPartner);
        }
        if (minPerPartner != null && (!Double.isFinite(minPerPartner) || minPerPartner < 0 || minPerPartner > MAX_AMOUNT)) {
            throw bad("constraints.minPerPartner must be 0 to 1e12 (an amount per partner and year), was " + minPerPartner);
        }
        if (maxPerPartner != null && minPerPartner != null && minPerPartner > maxPerPartner) {
            throw bad("constraints.minPerPartner (" + minPerPartner + ") is above constraints.maxPerPartner (" + maxPerPartner
                    + "): no allocation could meet both");
        }
        if (keepCurrent != null && (!Double.isFinite(keepCurrent) || keepCurrent < 0 || keepCurrent > 1)) {
            throw bad("constraints.keepCurrent must be 0 to 1 (the fraction of today's allocation that stays fixed), was " + keepCurrent);
        }
        if (maxPartnersChanged != null && (maxPartnersChanged < 1 || maxPartnersChanged > MAX_PARTNERS_CHANGED)) {
            throw bad("constraints.maxPartnersChanged must be 1 to " + MAX_PARTNERS_CHANGED + ", was " + maxPartnersChanged);
        }
        checkList("partnerTypes", partnerTypes);
        checkList("tiers", tiers);
        checkList("regions", regions);
        if (regions != null && regions.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw bad("constraints.regions must not contain a blank region");
        }
    }

    double keep() {
        return keepCurrent == null ? 0 : keepCurrent;
    }

    /** Whether the constraints let the plan change this partner's investment. */
    boolean changeable(String type, String tier, String region) {
        return (partnerTypes == null || partnerTypes.stream().anyMatch(t -> t.name().toLowerCase(Locale.ROOT).equals(type)))
                && (tiers == null || tiers.stream().anyMatch(t -> t.name().toLowerCase(Locale.ROOT).equals(tier)))
                && (regions == null || regions.stream().anyMatch(r -> r.equalsIgnoreCase(region)));
    }

    boolean partnerLimited() {
        return partnerTypes != null || tiers != null || regions != null;
    }

    private static void checkList(String field, List<?> values) {
        if (values != null && values.isEmpty()) {
            throw bad("constraints." + field + " is empty, so no partner could change; omit it to let every partner change");
        }
    }

    private static BadRequestException bad(String message) {
        return new BadRequestException("investmentPlan: " + message);
    }
}
