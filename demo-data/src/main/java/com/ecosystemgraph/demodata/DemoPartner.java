package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;

/**
 * One signed partner or prospect while the ecosystem is generated: its observable profile (the only
 * things the Ideal Partner Profile model may see), its hidden truth (success probability and draw),
 * and the generator's plan for its outcomes.
 */
final class DemoPartner {
    static final int NONE = Integer.MIN_VALUE;

    final int index;
    String id;
    String name;
    PartnerType type;
    boolean prospect;
    boolean churned;
    boolean hyperscaler;
    int region;
    int[] industries;
    int employees;
    int certifiedStaff;
    int signedDay = NONE;
    int churnDay = NONE;
    int portalLogins;
    int trainings;
    int downloads;
    long hourlyRateCents;

    int integrationCount;
    int maxDepth;
    int[] served = new int[0];
    int servedEnterprise;

    int referrerPartner = -1;
    int referrerCustomer = -1;
    int referralsMade;
    boolean superConnector;

    /** Logit from the profile alone (no referral, engagement or noise terms). */
    double profileLogit;
    double engagementLatent;
    double noise;
    /** The uniform number whose comparison with the probability is the success draw. */
    double draw;
    double logit;
    double probability;
    boolean successful;
    boolean decided;

    /** Index into {@link Vocabulary#TIERS}; -1 for prospects. */
    int tier = -1;

    long[] targetCents;
    long[] creditedCents;
    long pairCreditCents;
    double winRate;
    double earningRate;
    boolean diluted;
    int pair = -1;
    /** Planted synergistic triple of the partner, or -1. */
    int triple = -1;
    /** +1: an unsuccessful draw planted just above the label threshold; -1: a successful one just below. */
    int labelNoise;

    DemoPartner(int index) {
        this.index = index;
    }

    boolean signed() {
        return !prospect;
    }

    boolean activeOn(int day) {
        return !prospect && signedDay <= day && (churnDay == NONE || day < churnDay);
    }

    /** Last day this partner can take part in a deal. */
    int lastActiveDay(int snapshotDay) {
        return churnDay == NONE ? snapshotDay : churnDay - 1;
    }

    boolean certified() {
        return certifiedStaff > 0;
    }

    /** A member of a planted synergistic pair or triple: its revenue comes from the combination. */
    boolean combined() {
        return pair >= 0 || triple >= 0;
    }
}
