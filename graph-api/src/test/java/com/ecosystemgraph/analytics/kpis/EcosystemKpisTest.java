package com.ecosystemgraph.analytics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository.ActivityRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.LikeForLike;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.SourceComparison;
import com.ecosystemgraph.analytics.kpis.EcosystemKpis.SourceKpis;
import com.ecosystemgraph.graph.DealSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KPIs' and like-for-like arithmetic on hand-made rows (no database). */
class EcosystemKpisTest {

    private static final AnalyticsFilter PERIOD = new AnalyticsFilter(LocalDate.parse("2026-06-30"), null, null, null, null);

    @Test
    void sharesRatesAndRatiosAgainstDirect() {
        List<SourceRow> rows = List.of(
                new SourceRow("direct", 20, 2_000_000, 0, 0, 10, 10, 1_000_000, 60.0), // win rate 0.5, average 100k
                new SourceRow("partner_sourced", 8, 1_000_000, 0, 0, 6, 2, 900_000, 30.0), // win rate 0.75, average 150k
                new SourceRow("co_sold", 2, 200_000, 0, 0, 1, 1, 100_000, 10.0)); // too few closed deals
        ActivityRow activity = new ActivityRow(4, 10, 4, List.of(30L, 60L, 120L), 1);
        EcosystemKpis k = EcosystemKpis.of(rows, activity, PERIOD);
        assertThat(k.totalWonAmount()).isEqualTo(2_000_000.0);
        assertThat(k.partnerSourcedShare()).isEqualTo(0.45);
        assertThat(k.partnerDrivenShare()).isEqualTo(0.5);
        assertThat(k.revenuePerActivePartner()).isEqualTo(250_000.0); // (900k + 100k) / 4
        assertThat(k.registrationRate()).isEqualTo(0.4);
        assertThat(k.timeToFirstDeal().partners()).isEqualTo(4);
        assertThat(k.timeToFirstDeal().medianDays()).isEqualTo(60.0);
        assertThat(k.timeToFirstDeal().shareWithin90Days()).isCloseTo(2 / 3.0, within(1e-12));
        SourceKpis sourced = k.bySource().get(DealSource.PARTNER_SOURCED.ordinal());
        assertThat(sourced.winRate()).isEqualTo(0.75);
        assertThat(sourced.averageWonAmount()).isEqualTo(150_000.0);
        SourceComparison vsDirect = k.partnerVsDirect().stream().filter(c -> c.source() == DealSource.PARTNER_SOURCED).findFirst()
                .orElseThrow();
        assertThat(vsDirect.winRateRatio()).isEqualTo(1.5);
        assertThat(vsDirect.dealSizeRatio()).isEqualTo(1.5);
        assertThat(vsDirect.speedRatio()).isEqualTo(2.0); // direct's 60 median days over 30
        assertThat(k.bySource().get(DealSource.CO_SOLD.ordinal()).winRate()).isNull();
        assertThat(k.notes()).contains("co_sold: fewer than 5 closed deals (2); win rate not reported");
    }

    @Test
    void likeForLikeComparesWithinTheSameCustomerCell() {
        // in each cell partner deals win as often as direct ones, but partners sell mostly where everyone wins:
        // raw 0.8 / 0.35, like for like 1
        List<CellRow> rows = List.of(
                new CellRow("partner_sourced", "smb", "retail", "emea", 72, 8, 0, 0, 0, 0, 0, 0),
                new CellRow("direct", "smb", "retail", "emea", 9, 1, 0, 0, 0, 0, 0, 0),
                new CellRow("partner_sourced", "ent", "retail", "emea", 6, 14, 0, 0, 0, 0, 0, 0),
                new CellRow("direct", "ent", "retail", "emea", 27, 63, 0, 0, 0, 0, 0, 0));
        Map<DealSource, LikeForLike> byPartnerSource = EcosystemKpis.likeForLike(rows);
        LikeForLike sourced = byPartnerSource.get(DealSource.PARTNER_SOURCED);
        assertThat(sourced.strata()).isEqualTo(2);
        assertThat(sourced.winRate().raw()).isCloseTo((78 / 100.0) / (36 / 100.0), within(1e-12));
        assertThat(sourced.winRate().adjusted()).isCloseTo(1.0, within(1e-9));
        assertThat(sourced.dealSize().raw()).isNull();
        assertThat(byPartnerSource.get(DealSource.CO_SOLD).strata()).isZero();
        assertThat(byPartnerSource).doesNotContainKey(DealSource.DIRECT);
    }
}
