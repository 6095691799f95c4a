package com.ecosystemgraph.analytics.drivers;

import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.Interval;
import com.ecosystemgraph.analytics.drivers.DriverGroupings.Grouping;
import com.ecosystemgraph.analytics.drivers.DriverGroupings.Unit;
import com.ecosystemgraph.graph.PartnerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What drives partner performance (docs/analytics.md#9): partners grouped by each program lever,
 * the outcomes per group, and each group's ratio to the lever's reference group, raw and like for
 * like (stratified by partner type, size band and region), with 95% intervals.
 *
 * @param partners   signed partners (active or churned) matching the filter
 * @param adjustment how the adjusted ratios are made, in words
 */
public record PerformanceDrivers(LocalDate asOf, LocalDate from, long partners, String adjustment, List<DriverLever> levers,
        TypeMix typeMix,
        List<String> notes) {

    /** The program levers the partners are grouped by. */
    public enum Lever {
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
    public enum Outcome {
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
    public record DriverLever(Lever lever, String description, String reference, List<String> adjustedFor, List<DriverGroup> groups,
            List<String> notes) {
    }

    /** One group of partners and its outcomes (null below 5 partners, or 5 closed deals for the win rate). */
    public record DriverGroup(String key, boolean reference, long partners, Double revenuePerPartner, Double wonDealsPerPartner,
            long closedDeals, Double winRate, Double coSoldPerPartner, Long integrationUsers, Double coSoldPerIntegrationUser,
            List<DriverRatio> ratios) {
    }

    /**
     * The group against the reference on one outcome: raw (all partners of both groups) and adjusted
     * (within strata holding both), each with a 95% interval; disagree when the intervals do not overlap.
     */
    public record DriverRatio(Outcome outcome, Double raw, Interval rawInterval, Double adjusted, Interval adjustedInterval, long strata,
            long partnersCompared, boolean disagree, String note) {
    }

    /** The ecosystem's mix of partner types (the sources' "type focus" compares companies; one ecosystem shows its own mix). */
    public record TypeMix(List<TypeShare> types, Integer typesFor80PercentOfRevenue, String note) {
    }

    /** One partner type's share of the partners and of partner-driven revenue. */
    public record TypeShare(PartnerType type, long partners, double partnerShare, double revenue, Double revenueShare) {
    }

    /** Below this many partners a group's figures and ratios are not reported. */
    static final int MIN_GROUP_PARTNERS = 5;

    static final String ADJUSTMENT = "stratified by partner type x size band (employees 1-49, 50-249, 250-999, 1000+, unknown) x"
            + " region, strata pooled with Mantel-Haenszel weights n1·n0/(n1 + n0): Mantel-Haenszel risk ratio (win rate) and rate"
            + " ratio (co-sold deals per integration user) with Greenland-Robins intervals, weighted ratio of means (revenue, won"
            + " deals, co-sold deals per partner) with delta-method intervals; strata holding only one of the two groups do not count";

    /** Every lever's grouping of the partners, in the answer's order (also what a group's evidence lists: DriverEvidence). */
    static List<Grouping> groupings(List<Unit> units, LocalDate asOf) {
        return List.of(DriverGroupings.certification(units), DriverGroupings.certifiedStaff(units),
                DriverGroupings.depth(units),
                DriverGroupings.quartiles(units, Lever.ENGAGEMENT, "quartiles of the engagement score: the mean of the partner's"
                        + " percentile ranks in portal logins (90 days), training completions and content downloads (90 days)",
                        Unit::engagement),
                DriverGroupings.quartiles(units, Lever.PORTAL_LOGINS, "quartiles of portal logins in the last 90 days",
                        u -> DriverGroupings.asDouble(u.logins())),
                DriverGroupings.quartiles(units, Lever.CONTENT_DOWNLOADS, "quartiles of content downloads in the last 90 days",
                        u -> DriverGroupings.asDouble(u.downloads())),
                DriverGroupings.trainings(units), DriverGroupings.types(units), DriverGroupings.tenure(units, asOf));
    }

    /** The as-of date of the analysis: the partner rows', or the filter's when there is none. */
    static LocalDate asOf(List<PartnerRow> rows, LocalDate filterAsOf) {
        return rows.isEmpty() ? filterAsOf : rows.getFirst().asOf();
    }

    /**
     * The analysis from the signed partners' outcomes and profiles: every lever's grouping compared
     * with its reference group, and the type mix.
     *
     * @param filterAsOf the resolved as-of date, used when no partner row carries one
     */
    static PerformanceDrivers of(List<PartnerRow> rows, Map<String, ProfileRow> profiles, LocalDate filterAsOf, LocalDate from) {
        LocalDate asOf = asOf(rows, filterAsOf);
        List<Unit> units = DriverGroupings.units(rows, profiles);
        List<String> notes = new ArrayList<>();
        if (units.isEmpty()) {
            notes.add("no signed partner matches: nothing to group");
        }
        List<DriverLever> levers = new ArrayList<>();
        for (Grouping grouping : groupings(units, asOf)) {
            levers.add(DriverComparisons.lever(grouping));
        }
        return new PerformanceDrivers(asOf, from, units.size(), ADJUSTMENT, levers, DriverGroupings.typeMix(units), notes);
    }
}
