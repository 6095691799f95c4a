package com.ecosystemgraph.analytics.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.economics.PartnerEconomics.PartnerEconomic;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partner economics' arithmetic on hand-made rows (no database). */
class PartnerEconomicsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    private static EconomicsRow row(String id, double earnings, double hours, Double hourlyRate) {
        return new EconomicsRow(id, "Partner " + id, "reseller", earnings, hours, hourlyRate);
    }

    @Test
    void multipleIsHourlyReturnOverHourlyRateAndLowestComesFirst() {
        List<EconomicsRow> rows = List.of(
                row("A", 30_000, 100, 100.0), // 300 / h = 3.0x
                row("B", 20_000, 100, 100.0), // 200 / h = 2.0x, at risk
                row("C", 5_000, 0, 100.0), // earnings without hours: no multiple, listed last
                row("D", 10_000, 100, null), // no rate: not judged
                row("E", 0, 0, 150.0)); // no work recorded: not judged
        PartnerEconomics e = PartnerEconomics.of(rows, AS_OF, 2.5, 10);
        assertThat(e.partnersWithDeals()).isEqualTo(5);
        assertThat(e.evaluated()).isEqualTo(3);
        assertThat(e.atRisk()).isEqualTo(1);
        assertThat(e.partners()).extracting(PartnerEconomic::id).containsExactly("B", "A", "C");
        assertThat(e.partners().get(0).hourlyReturn()).isCloseTo(200.0, within(1e-9));
        assertThat(e.partners().get(0).multiple()).isCloseTo(2.0, within(1e-9));
        assertThat(e.partners().get(0).atRisk()).isTrue();
        assertThat(e.partners().get(2).multiple()).isNull();
        assertThat(e.partners().get(2).atRisk()).isFalse();
        assertThat(e.atRiskShare()).isNull();
        assertThat(e.notes()).containsExactly(
                "2 partners with deals have no hourly rate or no recorded hours and earnings; not judged",
                "fewer than 5 partners with hours and an hourly rate; at-risk share not reported");
    }

    @Test
    void atRiskShareFromFivePartnersAndFirstLimitsTheList() {
        List<EconomicsRow> rows = List.of(row("A", 100, 1, 100.0), row("B", 200, 1, 100.0), row("C", 300, 1, 100.0),
                row("D", 400, 1, 100.0), row("E", 500, 1, 100.0));
        PartnerEconomics e = PartnerEconomics.of(rows, AS_OF, 2.5, 2);
        assertThat(e.atRisk()).isEqualTo(2);
        assertThat(e.atRiskShare()).isCloseTo(0.4, within(1e-9));
        assertThat(e.partners()).extracting(PartnerEconomic::id).containsExactly("A", "B");
        assertThat(e.notes()).isEmpty();
        assertThat(e.threshold()).isEqualTo(2.5);
    }
}
