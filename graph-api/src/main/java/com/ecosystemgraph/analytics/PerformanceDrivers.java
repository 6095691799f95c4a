package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.List;

/**
 * What drives partner performance (docs/analytics.md#9): partners grouped by each program lever,
 * the outcomes per group, and each group's ratio to the lever's reference group, raw and like for
 * like (stratified by partner type, size band and region), with 95% intervals.
 *
 * @param partners   signed partners (active or churned) matching the filter
 * @param adjustment how the adjusted ratios are made, in words
 */
record PerformanceDrivers(LocalDate asOf, LocalDate from, long partners, String adjustment, List<DriverLever> levers, TypeMix typeMix,
        List<String> notes) {

    /** The program levers the partners are grouped by. */
    enum Lever {
        /** Certified staff 0 against 1 or more. */
        CERTIFICATION,
        /** Certified staff in count bands. */
        CERTIFIED_STAFF,
        /** The deepest integration the partner built: 0 (none), 1, 2 or 3. */
        INTEGRATION_DEPTH,
        /** Quartiles of the engagement score (the mean percentile rank of portal logins, trainings and downloads). */
        ENGAGEMENT,
        /** Quartiles of portal logins (90 days). */
        PORTAL_LOGINS,
        /** Quartiles of content downloads (90 days). */
        CONTENT_DOWNLOADS,
        /** Training completions in count bands. */
        TRAINING_COMPLETIONS,
        /** Partner type. */
        PARTNER_TYPE,
        /** Years since signing at the as-of date. */
        TENURE
    }

    /** The outcomes compared. */
    enum Outcome {
        /** Partner-driven revenue per partner. */
        REVENUE,
        /** Won deals (sourced or co-sold) per partner. */
        WON_DEALS,
        /** Won / closed deals of the group's partners. */
        WIN_RATE,
        /** Co-sold deals per partner (co-sell opportunities). */
        CO_SOLD_DEALS,
        /** Co-sold deals per customer using the group's integrations. */
        CO_SOLD_PER_INTEGRATION_USER
    }

    /** One lever: its groups, the reference they are compared with, and what the adjusted ratios hold fixed. */
    record DriverLever(Lever lever, String description, String reference, List<String> adjustedFor, List<DriverGroup> groups,
            List<String> notes) {
    }

    /** One group of partners and its outcomes (null below 5 partners, or 5 closed deals for the win rate). */
    record DriverGroup(String key, boolean reference, long partners, Double revenuePerPartner, Double wonDealsPerPartner,
            long closedDeals, Double winRate, Double coSoldPerPartner, Long integrationUsers, Double coSoldPerIntegrationUser,
            List<DriverRatio> ratios) {
    }

    /**
     * The group against the reference on one outcome: raw (all partners of both groups) and adjusted
     * (within strata holding both), each with a 95% interval; disagree when the intervals do not overlap.
     */
    record DriverRatio(Outcome outcome, Double raw, Interval rawInterval, Double adjusted, Interval adjustedInterval, long strata,
            long partnersCompared, boolean disagree, String note) {
    }

    /** The ecosystem's mix of partner types (the sources' "type focus" compares companies; one ecosystem shows its own mix). */
    record TypeMix(List<TypeShare> types, Integer typesFor80PercentOfRevenue, String note) {
    }

    /** One partner type's share of the partners and of partner-driven revenue. */
    record TypeShare(PartnerType type, long partners, double partnerShare, double revenue, Double revenueShare) {
    }
}
