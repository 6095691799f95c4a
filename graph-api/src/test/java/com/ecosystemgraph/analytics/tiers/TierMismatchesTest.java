package com.ecosystemgraph.analytics.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.analytics.tiers.TierMismatches.PerformanceTier;
import com.ecosystemgraph.analytics.tiers.TierMismatches.TierMismatch;
import com.ecosystemgraph.graph.PartnerTier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tier comparison's arithmetic on hand-made rows (no database). */
class TierMismatchesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
    private static final LocalDate LONG_AGO = LocalDate.parse("2020-01-01");

    private static TierRow row(String id, String tier, String status, LocalDate signedOn, double trailingRevenue, double investment) {
        return new TierRow(id, "Partner " + id, "reseller", tier, status, signedOn, AS_OF, trailingRevenue, investment);
    }

    @Test
    void performanceTiersFollowTheRevenueThresholds() {
        assertThat(PerformanceTier.of(24_999)).isEqualTo(PerformanceTier.INACTIVE);
        assertThat(PerformanceTier.of(25_000)).isEqualTo(PerformanceTier.SILVER);
        assertThat(PerformanceTier.of(100_000)).isEqualTo(PerformanceTier.GOLD);
        assertThat(PerformanceTier.of(500_000)).isEqualTo(PerformanceTier.PLATINUM);
    }

    @Test
    void overAndUnderTieredPartnersAreSplitAndSorted() {
        List<TierRow> rows = List.of(
                row("A", "platinum", "active", LONG_AGO, 10_000, 50_000), // 3 - 0 = 3 steps over
                row("B", "gold", "active", LONG_AGO, 30_000, 20_000), // 2 - 1 = 1 step over
                row("C", "registered", "active", LONG_AGO, 600_000, 0), // 0 - 3 = 3 under
                row("D", "silver", "active", LONG_AGO, 150_000, 0), // 1 - 2 = 1 under
                row("E", "gold", "active", LONG_AGO, 200_000, 5_000)); // matches
        TierMismatches t = TierMismatches.of(rows, AS_OF, 1, 12);
        assertThat(t.partners()).isEqualTo(5);
        assertThat(t.matching()).isEqualTo(1);
        assertThat(t.overTiered()).extracting(TierMismatch::id).containsExactly("A", "B");
        assertThat(t.overTiered().getFirst().steps()).isEqualTo(3);
        assertThat(t.overTiered().getFirst().assignedTier()).isEqualTo(PartnerTier.PLATINUM);
        assertThat(t.underTiered()).extracting(TierMismatch::id).containsExactly("C", "D");
        assertThat(t.underTiered().getFirst().steps()).isEqualTo(-3);
        assertThat(t.overTieredRevenue()).isEqualTo(40_000.0);
        assertThat(t.underTieredRevenue()).isEqualTo(750_000.0);
        assertThat(t.overTieredInvestment()).isEqualTo(70_000.0);
        assertThat(t.notes()).isEmpty();

        TierMismatches twoSteps = TierMismatches.of(rows, AS_OF, 2, 12);
        assertThat(twoSteps.overTiered()).extracting(TierMismatch::id).containsExactly("A");
        assertThat(twoSteps.underTiered()).extracting(TierMismatch::id).containsExactly("C");
    }

    @Test
    void onlyActiveTieredPartnersWithTheTenureAreCompared() {
        List<TierRow> rows = List.of(
                row("new", "platinum", "active", AS_OF.minusMonths(11), 0, 0),
                row("exactly", "platinum", "active", AS_OF.minusMonths(12), 0, 0),
                row("churned", "platinum", "churned", LONG_AGO, 0, 0),
                row("untiered", null, "active", LONG_AGO, 0, 0),
                row("unsigned", "gold", "active", null, 0, 0));
        TierMismatches t = TierMismatches.of(rows, AS_OF, 1, 12);
        assertThat(t.partners()).isEqualTo(1);
        assertThat(t.overTiered()).extracting(TierMismatch::id).containsExactly("exactly");
        assertThat(TierMismatches.of(rows, AS_OF, 1, 0).partners()).isEqualTo(2);
    }

    @Test
    void noComparablePartnerGivesANote() {
        TierMismatches t = TierMismatches.of(List.of(), AS_OF, 1, 24);
        assertThat(t.asOf()).isEqualTo(AS_OF);
        assertThat(t.partners()).isZero();
        assertThat(t.notes()).containsExactly("no active partner with 24 months' tenure matches");
    }
}
