package com.ecosystemgraph.analytics.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.analytics.referrals.ReferralGrowth.CustomerGrowthRow;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.GrowthPoint;
import com.ecosystemgraph.analytics.referrals.ReferralNetwork.ReferralReach;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The referral growth curve and the referrers' ranking on hand-made rows (no database). */
class ReferralGrowthTest {

    private static final LocalDate Q1 = LocalDate.parse("2025-01-01");
    private static final LocalDate Q2 = LocalDate.parse("2025-04-01");
    private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

    private static final List<ReferralGrowth.PartnerGrowthRow> PARTNERS = List.of(new ReferralGrowth.PartnerGrowthRow(Q1, 5, 2),
            new ReferralGrowth.PartnerGrowthRow(Q2, 5, 3));
    private static final List<CustomerGrowthRow> CUSTOMERS = List.of(
            new CustomerGrowthRow(Q1, 10, 2, 4, 10, 100_000, 20_000, 40_000));

    @Test
    void cumulativeSharesPerQuarter() {
        ReferralGrowth g = ReferralGrowth.of(PARTNERS, CUSTOMERS, AS_OF, null, GrowthInterval.QUARTER);
        assertThat(g.periods()).extracting(GrowthPoint::start).containsExactly(Q1, Q2);
        GrowthPoint first = g.periods().getFirst();
        assertThat(first.end()).isEqualTo(LocalDate.parse("2025-03-31"));
        assertThat(first.partners().referredShare()).isEqualTo(0.4);
        assertThat(first.customers().referredShare()).isEqualTo(0.2);
        assertThat(first.customers().throughReferralsShare()).isEqualTo(0.4);
        assertThat(first.revenue().throughReferralsShare()).isEqualTo(0.4);
        GrowthPoint second = g.periods().getLast();
        assertThat(second.end()).isEqualTo(AS_OF);
        assertThat(second.partners().total()).isEqualTo(10.0);
        assertThat(second.partners().added()).isEqualTo(5.0);
        assertThat(second.partners().referredShare()).isEqualTo(0.5);
        assertThat(second.customers().added()).isZero();
        assertThat(second.customers().total()).isEqualTo(10.0);
    }

    @Test
    void aPeriodStartShowsFromItsQuarterButCumulatesFromTheBeginning() {
        ReferralGrowth g = ReferralGrowth.of(PARTNERS, CUSTOMERS, AS_OF, LocalDate.parse("2025-05-15"), GrowthInterval.QUARTER);
        assertThat(g.periods()).singleElement().satisfies(p -> {
            assertThat(p.start()).isEqualTo(Q2);
            assertThat(p.partners().total()).isEqualTo(10.0);
        });
        assertThat(ReferralGrowth.of(PARTNERS, CUSTOMERS, AS_OF, null, GrowthInterval.MONTH).periods()).hasSize(6);
        assertThat(ReferralGrowth.of(List.of(), List.of(), AS_OF, null, GrowthInterval.MONTH).notes())
                .containsExactly("no signed partner and no won deal up to the as-of date; no growth curve");
    }

    @Test
    void referrersRankByCreditedRevenue() {
        List<ReferralQuery.ReachRow> rows = List.of(new ReferralQuery.ReachRow("P1", "One", 2, 0, 3, 2, 2, 300_000, 200_000),
                new ReferralQuery.ReachRow("P2", "Two", 1, 1, 1, 1, 1, 250_000, 250_000),
                new ReferralQuery.ReachRow("P3", "Three", 1, 0, 0, 1, 1, 0, 0));
        ReferralNetwork n = ReferralNetwork.of(rows, AS_OF, 3, 0.5, 2);
        assertThat(n.referrers()).isEqualTo(3);
        assertThat(n.ranking()).extracting(ReferralReach::id).containsExactly("P2", "P1");
        assertThat(n.ranking().getFirst().maxHops()).isEqualTo(3);
    }
}
