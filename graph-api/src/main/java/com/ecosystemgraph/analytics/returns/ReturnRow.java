package com.ecosystemgraph.analytics.returns;

import java.time.LocalDate;

/** What the returns read of one signed partner: revenue and investment in the period, tenure, and its referral credit. */
record ReturnRow(String id, String name, String type, String tier, String region, LocalDate signedOn, LocalDate asOf, double revenue,
        double influenced, double mdf, double enablement, double coMarketing, double support, double referralCredit) {

    double investment() {
        return mdf + enablement + coMarketing + support;
    }
}
