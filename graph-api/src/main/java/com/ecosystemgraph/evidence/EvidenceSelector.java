package com.ecosystemgraph.evidence;

import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.graph.TopPerformers;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Filters;
import java.util.List;
import java.util.Map;

/** The {@code EvidenceSelector} input: what a figure counts within the filter's deals, and what it adds up. */
record EvidenceSelector(EvidenceBasis basis, List<DealSource> sources, List<String> allPartners, List<String> creditedPartners,
        List<String> customerIds, EvidenceMeasure measure, String referrer, Integer maxHops, Double decay,
        Integer conflictWindowDays, String driverLever, String driverGroup, String prospect) {

    /** At most this many ids in creditedPartners and customerIds. */
    static final int MAX_IDS = 100;
    /** A value combination has at most 3 members. */
    static final int MAX_ALL_PARTNERS = 3;
    /** referralNetwork's bounds and defaults. */
    static final int MAX_HOPS = 10;
    static final int DEFAULT_HOPS = 3;
    static final double DEFAULT_DECAY = 0.5;
    /** channelConflicts' longest window. */
    static final int MAX_WINDOW_DAYS = 365;

    EvidenceMeasure measureOrDefault() {
        return measure == null ? EvidenceMeasure.DEAL_AMOUNT : measure;
    }

    /** Checks the combination: each measure has the bases its figures have. */
    void check() {
        if (basis == null) {
            throw new BadRequestException("selector.basis is required: WON, CLOSED, CREATED or TRAILING_YEAR");
        }
        if (allPartners != null && (allPartners.isEmpty() || allPartners.size() > MAX_ALL_PARTNERS)) {
            throw new BadRequestException(
                    "selector.allPartners must name 1 to " + MAX_ALL_PARTNERS + " partners, got " + allPartners.size());
        }
        check("creditedPartners", creditedPartners);
        check("customerIds", customerIds);
        EvidenceMeasure m = measureOrDefault();
        switch (m) {
            case PARTNER_REVENUE -> require(basis == EvidenceBasis.WON || basis == EvidenceBasis.TRAILING_YEAR,
                    "measure PARTNER_REVENUE counts won deals: basis WON or TRAILING_YEAR, not " + basis);
            case PARTNER_EARNINGS -> require(basis == EvidenceBasis.CREATED,
                    "measure PARTNER_EARNINGS counts the deal rows created in the period: basis CREATED, not " + basis);
            case REFERRAL_CREDIT -> {
                require(basis == EvidenceBasis.WON, "measure REFERRAL_CREDIT counts won deals: basis WON, not " + basis);
                require(referrer != null && !referrer.isBlank(), "measure REFERRAL_CREDIT needs selector.referrer, the referring partner");
            }
            case PARTNER_REGISTRATION -> require(basis == EvidenceBasis.CREATED,
                    "measure PARTNER_REGISTRATION counts the partner deal rows created in the period: basis CREATED, not " + basis);
            case FIRST_DEAL -> require(basis == EvidenceBasis.CREATED,
                    "measure FIRST_DEAL counts each partner's first deal, however old: basis CREATED, not " + basis);
            case DEAL_AMOUNT -> require(referrer == null, "selector.referrer is for measure REFERRAL_CREDIT");
            case PARTNER_OUTCOME -> require(basis == EvidenceBasis.CLOSED,
                    "measure PARTNER_OUTCOME counts the deals closed won or lost in the period: basis CLOSED, not " + basis);
            case PARTNER_CO_SOLD -> require(basis == EvidenceBasis.CREATED,
                    "measure PARTNER_CO_SOLD counts the co-sold deals created in the period: basis CREATED, not " + basis);
            case ACTIVE_PARTNER, SIGNED_PARTNER -> require(referrer == null, "selector.referrer is for measure REFERRAL_CREDIT");
            case INTEGRATION_USER -> require(driverLever == null || "INTEGRATION_DEPTH".equals(driverLever),
                    "measure INTEGRATION_USER counts the customers using a group's integrations: performanceDrivers reports them for"
                            + " driverLever INTEGRATION_DEPTH only, not " + driverLever);
            case PROSPECT_OVERLAP, PROSPECT_CUSTOMER, PROSPECT_REFERRAL, PROSPECT_NEW_CUSTOMER ->
                require(prospect != null && !prospect.isBlank(),
                        "measure " + m + " is a prospect's figure: it needs selector.prospect");
        }
        require(prospect == null || m.prospectRows(),
                "selector.prospect is for the prospect measures PROSPECT_OVERLAP, PROSPECT_CUSTOMER, PROSPECT_REFERRAL and PROSPECT_NEW_CUSTOMER");
        checkDriverGroup(m);
        require(maxHops == null || (maxHops >= 1 && maxHops <= MAX_HOPS), "selector.maxHops must be 1 to " + MAX_HOPS + ", got " + maxHops);
        require(decay == null || (decay > 0 && decay <= 1), "selector.decay must be above 0 and at most 1, got " + decay);
        if (conflictWindowDays != null) {
            require(conflictWindowDays >= 1 && conflictWindowDays <= MAX_WINDOW_DAYS,
                    "selector.conflictWindowDays must be 1 to " + MAX_WINDOW_DAYS + ", got " + conflictWindowDays);
            require(m == EvidenceMeasure.DEAL_AMOUNT && basis == EvidenceBasis.CREATED,
                    "a channel conflict's deals are counted once each when created in the period: measure DEAL_AMOUNT and basis CREATED");
        }
    }

    /** A driver group narrows the partner measures its figures count, and comes whole (lever and group, no partner ids). */
    private void checkDriverGroup(EvidenceMeasure m) {
        if (driverLever == null && driverGroup == null) {
            return;
        }
        require(driverLever != null && driverGroup != null && !driverGroup.isBlank(),
                "selector.driverLever and selector.driverGroup go together: the lever and the key of one of its groups");
        require(creditedPartners == null, "selector.creditedPartners and selector.driverLever both name partners: give one of them");
        require(m == EvidenceMeasure.SIGNED_PARTNER || m == EvidenceMeasure.PARTNER_OUTCOME || m == EvidenceMeasure.PARTNER_CO_SOLD
                || m == EvidenceMeasure.INTEGRATION_USER || (m == EvidenceMeasure.PARTNER_REVENUE && basis == EvidenceBasis.WON),
                "a driver group's figures are its partners (SIGNED_PARTNER), their revenue and won deals (PARTNER_REVENUE, basis WON),"
                        + " closed deals (PARTNER_OUTCOME), co-sold deals (PARTNER_CO_SOLD) and integration users (INTEGRATION_USER),"
                        + " not " + m);
    }

    boolean driverGroupSelected() {
        return driverLever != null;
    }

    /**
     * Binds the selector; {@code dealIds} are the deals an analysis chose (channel conflicts), {@code partnerIds} the partners
     * (a driver group: they take creditedPartners' place), or null.
     */
    void bind(Map<String, Object> parameters, List<String> dealIds, List<String> partnerIds) {
        check();
        parameters.put("basis", basis.name());
        parameters.put("measure", measureOrDefault().name());
        parameters.put("sources", Filters.stored(sources));
        parameters.put("allPartners", Filters.texts(allPartners));
        // a driver group's partners narrow as creditedPartners do; an empty group lists nothing (not: every partner)
        parameters.put("creditedPartners", partnerIds != null ? List.copyOf(partnerIds) : Filters.texts(creditedPartners));
        parameters.put("customerIds", Filters.texts(customerIds));
        parameters.put("referrer", referrer);
        parameters.put("prospect", prospect);
        parameters.put("maxHops", maxHops == null ? DEFAULT_HOPS : maxHops);
        parameters.put("decay", decay == null ? DEFAULT_DECAY : decay);
        parameters.put("dealIds", dealIds);
        TopPerformers.bind(parameters);
    }

    private static void check(String field, List<String> ids) {
        if (ids != null && ids.size() > MAX_IDS) {
            throw new BadRequestException("selector." + field + " may name at most " + MAX_IDS + " ids, got " + ids.size());
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new BadRequestException(message);
        }
    }
}
