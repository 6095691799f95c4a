package com.ecosystemgraph.analytics.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.returns.PartnerReturns.DilutedPartner;
import com.ecosystemgraph.analytics.returns.PartnerReturns.PartnerReturn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Returns, concentration (a known Pareto curve) and both dilution readings on hand-made rows (no database). */
class PartnerReturnsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
    private static final LocalDate LONG_AGO = LocalDate.parse("2020-01-01");

    /** P1..P10: revenue 50k, 20k, 10k, 10k, 5k, 5k, then nothing; investment 1k..8k, then 40k twice; P10 earns 50k referral credit. */
    private static List<ReturnRow> rows() {
        double[] revenue = {50_000, 20_000, 10_000, 10_000, 5_000, 5_000, 0, 0, 0, 0};
        double[] investment = {1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 40_000, 40_000};
        List<ReturnRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new ReturnRow("P" + (i + 1), "Partner " + (i + 1), "reseller", "gold", "emea", LONG_AGO, AS_OF, revenue[i], 0,
                    investment[i], 0, 0, 0, i == 9 ? 50_000 : 0));
        }
        return rows;
    }

    @Test
    void returnsAndAKnownParetoCurve() {
        PartnerReturns r = PartnerReturns.of(rows(), 3, AS_OF, null, 3, 1.0, 3, 0.5);
        assertThat(r.revenue()).isEqualTo(100_000.0);
        assertThat(r.investment()).isEqualTo(116_000.0);
        assertThat(r.ropi()).isCloseTo(-16 / 116.0, within(1e-12));
        assertThat(r.partners()).extracting(PartnerReturn::id).containsExactly("P1", "P2", "P3");
        assertThat(r.partners().getFirst().returnPerDollar()).isEqualTo(50.0);
        assertThat(r.partners().getFirst().ropi()).isEqualTo(49.0);
        assertThat(r.concentration().top10Share()).isCloseTo(0.5, within(1e-12));
        assertThat(r.concentration().top20Share()).isCloseTo(0.7, within(1e-12));
        assertThat(r.concentration().partnersWithRevenue()).isEqualTo(6);
        assertThat(r.concentration().pareto()).hasSize(21);
        assertThat(r.concentration().pareto().get(4).partnerShare()).isEqualTo(0.2);
        assertThat(r.concentration().pareto().get(4).revenueShare()).isCloseTo(0.7, within(1e-12));
        assertThat(r.concentration().pareto().getLast().revenueShare()).isCloseTo(1.0, within(1e-12));
        assertThat(r.byType()).singleElement().satisfies(g -> assertThat(g.referralCredit()).isEqualTo(50_000.0));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void theAbsoluteReadingCountsReferralCreditTheRelativeOneDoesNot() {
        PartnerReturns r = PartnerReturns.of(rows(), 3, AS_OF, null, 10, 1.0, 3, 0.5);
        // investment Q3 of 1k..8k, 40k, 40k (type 7): 7k + 0.75 x 1k; above it P8, P9, P10, none of them with own revenue
        assertThat(r.dilution().investmentThreshold()).isEqualTo(7_750.0);
        // P10's 50k credit on 40k returns 1.25 per dollar: not diluted by the absolute reading
        assertThat(r.dilution().partners()).extracting(DilutedPartner::id).containsExactly("P9", "P8");
        assertThat(r.dilution().dilutedInvestment()).isEqualTo(48_000.0);
        assertThat(r.relativeDilution().returnThreshold()).isZero();
        assertThat(r.relativeDilution().partners()).extracting(DilutedPartner::id).containsExactly("P10", "P9", "P8");
        assertThat(r.relativeDilution().partners().getFirst().reasons()).hasSize(3).last().asString()
                .contains("not diluted by the absolute reading");
    }

    @Test
    void tooFewPartnersAreSaid() {
        PartnerReturns r = PartnerReturns.of(rows().subList(0, 4), 0, AS_OF, null, 10, 1.0, 3, 0.5);
        assertThat(r.concentration().gini()).isNull();
        assertThat(r.dilution().partners()).isEmpty();
        assertThat(r.notes()).containsExactly("no referral dated on or before 2026-06-30: referral credit is 0 for every partner",
                "fewer than 5 partners with revenue in the period; concentration not reported",
                "fewer than 8 partners with 12 months' tenure and investment; dilution not reported");
    }
}
