package com.ecosystemgraph.analytics.conflicts;

import java.time.LocalDate;
import java.util.List;

/** A conflicted customer as channel-conflicts.cypher reads it: its colliding deal pairs and the deals. */
record ConflictRow(String customerId, String customerName, String industry, String region, List<PairRow> pairs, List<DealRow> deals) {

    /** A registration on a conflict deal, as stored (matches = the partner passes the partner filter). */
    record RegistrationRow(String partnerId, String partnerName, String role, LocalDate registeredOn, String stage, boolean matches) {
    }

    /** A deal that may take part in a conflict: a direct deal or one with registrations. */
    record DealRow(String id, String source, double amount, String outcome, LocalDate createdOn, LocalDate closedOn, boolean direct,
            List<RegistrationRow> registrations) {
    }

    /** Two colliding deals. */
    record PairRow(String a, String b, String kind) {
    }
}
