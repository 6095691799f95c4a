package com.ecosystemgraph.analytics.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ChannelConflict;
import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ConflictDeal;
import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ConflictKind;
import com.ecosystemgraph.analytics.conflicts.ChannelConflicts.ProtectionSide;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.DealRow;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.PairRow;
import com.ecosystemgraph.analytics.conflicts.ConflictRow.RegistrationRow;
import com.ecosystemgraph.graph.RegistrationStage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Channel conflicts' episodes, protection and sides on hand-made rows (no database). */
class ChannelConflictsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    private static RegistrationRow registration(String partnerId, String registeredOn, String stage, boolean matches) {
        return new RegistrationRow(partnerId, "Partner " + partnerId, "sourced", LocalDate.parse(registeredOn), stage, matches);
    }

    private static DealRow partnerDeal(String id, double amount, String outcome, String createdOn, RegistrationRow registration) {
        return new DealRow(id, "partner_sourced", amount, outcome, LocalDate.parse(createdOn), null, false, List.of(registration));
    }

    private static DealRow directDeal(String id, double amount, String outcome, String createdOn) {
        return new DealRow(id, "direct", amount, outcome, LocalDate.parse(createdOn), null, true, List.of());
    }

    /** K1: A registered before contact, B later after the first meeting: A holds protection and won. */
    private static ConflictRow partnerPartner() {
        return new ConflictRow("K1", "Kestrel", "retail", "emea", List.of(new PairRow("X1", "X2", "PARTNER_PARTNER")),
                List.of(partnerDeal("X1", 100_000, "won", "2026-01-05", registration("A", "2026-01-05", "before_contact", true)),
                        partnerDeal("X2", 60_000, "lost", "2026-01-20", registration("B", "2026-01-20", "after_first_meeting", false))));
    }

    /** K2: a late-stage registration against a direct deal (no qualified claim: the direct deal keeps the account). */
    private static ConflictRow partnerDirect() {
        return new ConflictRow("K2", "Lynx", "retail", "emea", List.of(new PairRow("Y1", "Y2", "PARTNER_DIRECT")),
                List.of(partnerDeal("Y1", 40_000, "open", "2026-02-25", registration("C", "2026-02-25", "late_stage", false)),
                        directDeal("Y2", 30_000, "won", "2026-02-20")));
    }

    @Test
    void theEarliestQualifiedRegistrationHoldsProtectionElseTheDirectDeal() {
        ChannelConflicts c = ChannelConflicts.of(List.of(partnerPartner(), partnerDirect()), 4, AS_OF, null, false, 30, null);
        assertThat(c.conflicts()).extracting(ChannelConflict::customerId).containsExactly("K1", "K2"); // largest amount first
        ChannelConflict k1 = c.conflicts().getFirst();
        assertThat(k1.kind()).isEqualTo(ConflictKind.PARTNER_PARTNER);
        assertThat(k1.amount()).isEqualTo(160_000.0);
        assertThat(k1.protection().side()).isEqualTo(ProtectionSide.PARTNER);
        assertThat(k1.protection().partnerId()).isEqualTo("A");
        assertThat(k1.protection().stage()).isEqualTo(RegistrationStage.BEFORE_CONTACT);
        assertThat(k1.deals()).filteredOn(ConflictDeal::holdsProtection).extracting(ConflictDeal::id).containsExactly("X1");
        ChannelConflict k2 = c.conflicts().getLast();
        assertThat(k2.protection().side()).isEqualTo(ProtectionSide.DIRECT);
        assertThat(k2.protection().dealId()).isEqualTo("Y2");
        // protected: X1 (won 100k) and Y2 (won 30k); unprotected: X2 (lost) and Y1 (open)
        assertThat(c.protectedSide()).isEqualTo(new ChannelConflicts.SideOutcome(2, 2, 0, 0, 130_000.0, 130_000.0, null));
        assertThat(c.unprotectedSide()).isEqualTo(new ChannelConflicts.SideOutcome(2, 0, 1, 1, 100_000.0, 0.0, null));
        assertThat(c.partnerPartner()).isEqualTo(1);
        assertThat(c.partnerDirect()).isEqualTo(1);
        assertThat(c.amountAtStake()).isEqualTo(230_000.0);
        assertThat(c.conflictedShare()).isNull(); // 4 customers with deals: below the minimum of 5
        assertThat(c.notes()).anyMatch(n -> n.startsWith("fewer than 5 customers with deals"));
    }

    @Test
    void collisionsThatDoNotTouchAreSeparateEpisodes() {
        ConflictRow twoEpisodes = new ConflictRow("K8", "Osprey", "retail", "emea",
                List.of(new PairRow("E1", "E2", "PARTNER_PARTNER"), new PairRow("E3", "E4", "PARTNER_PARTNER")),
                List.of(partnerDeal("E1", 10, "won", "2025-09-01", registration("A", "2025-09-01", "before_contact", true)),
                        partnerDeal("E2", 10, "lost", "2025-09-10", registration("B", "2025-09-10", "late_stage", true)),
                        partnerDeal("E3", 10, "won", "2026-03-01", registration("D", "2026-03-01", "after_first_meeting", true)),
                        partnerDeal("E4", 10, "lost", "2026-03-05", registration("A", "2026-03-05", "late_stage", true))));
        ChannelConflicts c = ChannelConflicts.of(List.of(twoEpisodes), 10, AS_OF, null, false, 30, null);
        assertThat(c.conflicts()).hasSize(2).extracting(x -> x.protection().partnerId()).containsExactlyInAnyOrder("A", "D");
        assertThat(c.conflictedCustomers()).isEqualTo(1);
        assertThat(c.conflictedShare()).isEqualTo(0.1);
    }

    @Test
    void underAPartnerFilterOnlyConflictsWithAMatchingRegistrationCountAndTheLimitCutsTheList() {
        ChannelConflicts filtered = ChannelConflicts.of(List.of(partnerPartner(), partnerDirect()), 10, AS_OF, null, true, 30, null);
        assertThat(filtered.conflicts()).extracting(ChannelConflict::customerId).containsExactly("K1");
        ChannelConflicts limited = ChannelConflicts.of(List.of(partnerPartner(), partnerDirect()), 10, AS_OF, null, false, 30, 1L);
        assertThat(limited.conflicts()).extracting(ChannelConflict::customerId).containsExactly("K1");
        assertThat(limited.conflictedCustomers()).isEqualTo(2);
    }

    @Test
    void noConflictIsSaid() {
        assertThat(ChannelConflicts.of(List.of(), 10, AS_OF, null, false, 45, null).notes())
                .containsExactly("no channel conflict within 45 days in the period");
    }
}
