package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graph.DealOutcome;
import com.ecosystemgraph.graph.DealSource;
import com.ecosystemgraph.graph.RegistrationStage;
import com.ecosystemgraph.graph.DealRole;
import java.time.LocalDate;
import java.util.List;

/**
 * Channel conflicts (docs/analytics.md#5): customers where several partners registered, or a partner
 * deal and a direct deal collide, within a window; who holds protection and how each side fared.
 */
record ChannelConflicts(LocalDate asOf, LocalDate from, int windowDays, long customersWithDeals, long conflictedCustomers,
        Double conflictedShare, long partnerPartner, long partnerDirect, double amountAtStake,
        SideOutcome protectedSide, SideOutcome unprotectedSide, List<ChannelConflict> conflicts, List<String> notes) {

    /** How two colliding deals collide. */
    enum ConflictKind {
        PARTNER_PARTNER, PARTNER_DIRECT
    }

    /** Which side holds protection in a conflict. */
    enum ProtectionSide {
        PARTNER, DIRECT, NONE
    }

    /** One conflicted customer: the colliding deals and who holds protection. */
    record ChannelConflict(String customerId, String customerName, String industry, String region, ConflictKind kind,
            List<ConflictKind> kinds, double amount, Protection protection, List<ConflictDeal> deals) {
    }

    /**
     * The earliest claim on the account: a qualified registration (partner) or the creation of a direct
     * deal (our own sales team); partnerId and stage are null unless the side is PARTNER.
     */
    record Protection(ProtectionSide side, String partnerId, String partnerName, String dealId, LocalDate since,
            RegistrationStage stage, String reason) {
    }

    /** A deal in a conflict with its registrations; holdsProtection marks the protected deal. */
    record ConflictDeal(String id, DealSource source, double amount, DealOutcome outcome, LocalDate createdOn, LocalDate closedOn,
            boolean holdsProtection, List<Registration> registrations) {
    }

    /** One partner's registration of a deal. */
    record Registration(String partnerId, String partnerName, DealRole role, LocalDate registeredOn, RegistrationStage stage,
            boolean qualified) {
    }

    /** Outcomes of one side's deals over all conflicts. */
    record SideOutcome(long deals, long won, long lost, long open, double amount, double wonAmount, Double winRate) {
    }
}
