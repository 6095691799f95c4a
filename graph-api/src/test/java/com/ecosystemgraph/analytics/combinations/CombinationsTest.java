package com.ecosystemgraph.analytics.combinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.CustomerRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationPairRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.SetRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.TotalsRow;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationCombination;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationCombinationOrder;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.CombinationOrder;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.Member;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.ValueCombination;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifts of value and integration combinations over their best member alone, on hand-made rows (no database). */
class CombinationsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    @Test
    void aPairAgainstItsBetterMemberAloneAndTheBaseline() {
        List<SourceRow> sources = List.of(new SourceRow("direct", 100, 0, 0, 0, 50, 50, 0, null)); // baseline win rate 0.5
        // A and B together: 10 deals, 8 won, 2 lost, 50k average won deal
        SetRow pair = new SetRow(List.of("A", "B"), List.of("Alpha", "Beta"), 10, 8, 2, 50_000.0, 40.0, 4, 1);
        // alone: A 30 - 10 deals, 12 - 8 won, 8 - 2 lost (0.4); B 25 - 10 deals, 13 - 8 won, 4 - 2 lost (5 / 7)
        Map<String, TotalsRow> totals = Map.of("A", new TotalsRow("A", 30, 12, 8, 1_000_000), "B",
                new TotalsRow("B", 25, 13, 4, 1_000_000));
        ValueCombinations v = ValueCombinations.of(sources, List.of(pair), totals, Map.of(), AS_OF, 2, CombinationOrder.INCREMENTAL_REVENUE,
                5, 10);
        assertThat(v.baselineWinRate()).isEqualTo(0.5);
        assertThat(v.tested()).isEqualTo(1);
        ValueCombination c = v.combinations().getFirst();
        assertThat(c.winRate()).isEqualTo(0.8);
        assertThat(c.members()).extracting(Member::winRate).containsExactly(0.4, 5 / 7.0);
        assertThat(c.members().getFirst().won()).isEqualTo(4);
        assertThat(c.liftOverBestMember()).isCloseTo(0.8 / (5 / 7.0), within(1e-12));
        assertThat(c.liftOverBaseline()).isCloseTo(1.6, within(1e-12));
        assertThat(c.expectedIncrementalRevenue()).isCloseTo((0.8 - 5 / 7.0) * 10 * 50_000, within(1e-6));
        assertThat(c.customerRetention()).isEqualTo(0.75);
        assertThat(c.pairs()).isEmpty();
    }

    @Test
    void setsWithTooFewClosedDealsAreNotTested() {
        SetRow small = new SetRow(List.of("A", "B"), List.of("Alpha", "Beta"), 10, 2, 2, null, null, 0, 0);
        ValueCombinations v = ValueCombinations.of(List.of(), List.of(small), Map.of(), Map.of(), AS_OF, 2, CombinationOrder.SPEED, 5, 10);
        assertThat(v.tested()).isZero();
        assertThat(v.notes()).containsExactly("1 pairs with fewer than 5 closed joint deals not tested");
    }

    @Test
    void anIntegrationPairAgainstItsBetterRetainingIntegrationAlone() {
        CustomerRow all = new CustomerRow(100, 20, 700, 100); // baseline retention 0.8
        IntegrationPairRow pair = new IntegrationPairRow("I1", "I2", 10, 0, 80, 10, 10_000.0);
        // alone: I1 30 - 10 users, 9 churned (0.55); I2 20 - 10 users, 2 churned (0.8)
        Map<String, IntegrationRow> integrations = Map.of(
                "I1", new IntegrationRow("I1", "Sync", 2L, "P1", "Partner 1", "technology", 30, 9, 0, 0),
                "I2", new IntegrationRow("I2", "Export", null, "P2", "Partner 2", "technology", 20, 2, 0, 0));
        IntegrationCombinations i = IntegrationCombinations.of(all, List.of(pair), integrations, AS_OF, true,
                IntegrationCombinationOrder.RETAINED_ARR, 5, 10);
        assertThat(i.baselineRetention()).isEqualTo(0.8);
        assertThat(i.baselineAverageNps()).isEqualTo(7.0);
        IntegrationCombination c = i.combinations().getFirst();
        assertThat(c.retention()).isEqualTo(1.0);
        assertThat(c.averageNps()).isEqualTo(8.0);
        assertThat(c.members().getFirst().retention()).isCloseTo(0.55, within(1e-12));
        assertThat(c.members().getLast().retention()).isCloseTo(0.8, within(1e-12));
        assertThat(c.liftOverBestMember()).isCloseTo(1.25, within(1e-12));
        assertThat(c.expectedRetainedArr()).isCloseTo(20_000, within(1e-6)); // (1.0 - 0.8) x 10 customers x 10k
        assertThat(i.notes()).containsExactly("filter.from is not used: churn and NPS are the customers' current state");
    }
}
