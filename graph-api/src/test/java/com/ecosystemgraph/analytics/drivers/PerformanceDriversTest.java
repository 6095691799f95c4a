package com.ecosystemgraph.analytics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverGroup;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverLever;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.DriverRatio;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.Lever;
import com.ecosystemgraph.analytics.drivers.PerformanceDrivers.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** performanceDrivers' groupings and ratios on hand-made rows (no database). */
class PerformanceDriversTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    private static PartnerRow partner(String id, double revenue, long won, long lost) {
        return new PartnerRow(id, "Partner " + id, "reseller", "gold", "emea", "active", LocalDate.parse("2022-01-01"), null, AS_OF,
                revenue, 0, revenue, 0, 0, 0, 0, won, lost, 0, 0, 0, 0, 0, null, null);
    }

    @Test
    void certifiedPartnersEarnTwiceTheUncertifiedOnesRawAndLikeForLike() {
        List<PartnerRow> rows = new ArrayList<>();
        Map<String, ProfileRow> profiles = new HashMap<>();
        double[] certified = {180_000, 190_000, 200_000, 210_000, 220_000};
        double[] uncertified = {90_000, 95_000, 100_000, 105_000, 110_000};
        for (int i = 0; i < 5; i++) {
            rows.add(partner("C" + i, certified[i], 4, 1));
            profiles.put("C" + i, new ProfileRow("C" + i, 100L, 2L, 10L, 1L, 5L, null, 0));
            rows.add(partner("U" + i, uncertified[i], 2, 3));
            profiles.put("U" + i, new ProfileRow("U" + i, 100L, 0L, 10L, 1L, 5L, null, 0));
        }
        PerformanceDrivers d = PerformanceDrivers.of(rows, profiles, AS_OF, null);
        assertThat(d.partners()).isEqualTo(10);
        DriverLever certification = d.levers().stream().filter(l -> l.lever() == Lever.CERTIFICATION).findFirst().orElseThrow();
        assertThat(certification.reference()).isEqualTo("0");
        DriverGroup one = certification.groups().stream().filter(g -> g.key().equals("1+")).findFirst().orElseThrow();
        assertThat(one.partners()).isEqualTo(5);
        assertThat(one.revenuePerPartner()).isEqualTo(200_000.0);
        assertThat(one.winRate()).isEqualTo(0.8);
        DriverRatio revenue = one.ratios().stream().filter(r -> r.outcome() == Outcome.REVENUE).findFirst().orElseThrow();
        assertThat(revenue.raw()).isCloseTo(2.0, within(1e-12));
        assertThat(revenue.adjusted()).isCloseTo(2.0, within(1e-9)); // one stratum: like for like is the raw ratio
        assertThat(revenue.rawInterval().lower()).isLessThan(2.0);
        assertThat(revenue.rawInterval().upper()).isGreaterThan(2.0);
    }

    @Test
    void sizeBands() {
        assertThat(DriverGroupings.sizeBand(null)).isEqualTo("unknown");
        assertThat(DriverGroupings.sizeBand(49L)).isEqualTo("1-49");
        assertThat(DriverGroupings.sizeBand(50L)).isEqualTo("50-249");
        assertThat(DriverGroupings.sizeBand(999L)).isEqualTo("250-999");
        assertThat(DriverGroupings.sizeBand(1000L)).isEqualTo("1000+");
    }

    @Test
    void noPartnerIsSaid() {
        assertThat(PerformanceDrivers.of(List.of(), Map.of(), AS_OF, null).notes())
                .containsExactly("no signed partner matches: nothing to group");
    }
}
