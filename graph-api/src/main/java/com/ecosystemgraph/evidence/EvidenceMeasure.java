package com.ecosystemgraph.evidence;

/** What a figure adds up (GraphQL {@code EvidenceMeasure}); the name is what the Cypher compares. */
public enum EvidenceMeasure {
    /** Each deal once, its amount (cypher evidence/deals-*). */
    DEAL_AMOUNT,
    /** Per credited partner and won deal, its amount (cypher evidence/credits-*). */
    PARTNER_REVENUE,
    /** Per partner deal row created in the period, the partner's earnings. */
    PARTNER_EARNINGS,
    /** Per entity of a referral chain and won deal, the amount weighted by decay per hop. */
    REFERRAL_CREDIT,
    /** Per partner deal row created in the period, 1 if registered else 0 (the registration rate is their mean). */
    PARTNER_REGISTRATION,
    /** Per partner signed inside the deal history, its first deal and the days from signing to it (the figure is their median). */
    FIRST_DEAL,
    /** Partner rows: each active partner of the filter signed by the as-of date (ecosystemKpis' activePartners). */
    ACTIVE_PARTNER,
    /** Partner rows: each signed partner of the filter, active or churned (performanceDrivers' partners, a driver group's). */
    SIGNED_PARTNER,
    /** Per signed partner and deal it sourced or co-sold closed won or lost in the period, 1 when won (a driver group's win rate). */
    PARTNER_OUTCOME,
    /** Per signed partner and deal it co-sold created in the period (a driver group's co-sold deals). */
    PARTNER_CO_SOLD,
    /** Partner rows: each active partner, 1 when it serves fewer of our customers than the prospect (its customerOverlap is the mean). */
    PROSPECT_OVERLAP,
    /** Customer rows: each customer the prospect serves, 1 when in an under-represented cell (its segmentCoverage is the mean). */
    PROSPECT_CUSTOMER,
    /** Partner rows: each top performer within 3 referral hops of the prospect, its hops (its referralProximity is 1 / the least). */
    PROSPECT_REFERRAL,
    /** Customer rows: each customer the prospect serves that no active partner serves, its ARR (its reach's new customers). */
    PROSPECT_NEW_CUSTOMER,
    /** Customer rows: each signed partner and each customer using one of its integrations (a driver group's integration users). */
    INTEGRATION_USER;

    /** Whether the rows are partners (cypher evidence/partners-*) rather than deals. */
    boolean partnerRows() {
        return this == ACTIVE_PARTNER || this == SIGNED_PARTNER;
    }

    /** Whether the figure is a prospect's of the recruiters' ranking (cypher evidence/prospect-*). */
    boolean prospectRows() {
        return this == PROSPECT_OVERLAP || this == PROSPECT_CUSTOMER || this == PROSPECT_REFERRAL || this == PROSPECT_NEW_CUSTOMER;
    }
}
