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
    FIRST_DEAL
}
