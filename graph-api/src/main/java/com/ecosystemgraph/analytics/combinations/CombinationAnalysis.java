package com.ecosystemgraph.analytics.combinations;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.graph.Periods;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationPairRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.PairTotalsRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.SetRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.TotalsRow;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationCombinationOrder;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.CombinationOrder;
import com.ecosystemgraph.graphql.BadRequestException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Value combinations and integration combinations (docs/analytics.md#6): checks the arguments, reads
 * the rows, computes {@link ValueCombinations} and {@link IntegrationCombinations}.
 */
@Service
public class CombinationAnalysis {

    private final Periods periods;
    private final CombinationQuery query;

    CombinationAnalysis(Periods periods, CombinationQuery query) {
        this.periods = periods;
        this.query = query;
    }

    public ValueCombinations combinations(AnalyticsFilter given, int size, CombinationOrder order, int minSupport, int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        if (size != 2 && size != 3) {
            throw new BadRequestException("size must be 2 (partner pairs) or 3 (partner triples), was " + size);
        }
        checkMinSupport(minSupport, "joint deals");
        List<SetRow> sets = size == 2 ? query.pairs(filter, minSupport) : query.triples(filter, minSupport);
        List<SetRow> tested = ValueCombinations.tested(sets);
        Map<String, TotalsRow> totals = sets.isEmpty()
                ? Map.of()
                : query.totals(filter, tested.stream().flatMap(s -> s.ids().stream()).distinct().toList());
        Map<List<String>, PairTotalsRow> pairTotals = size == 3 && !sets.isEmpty()
                ? query.pairTotals(filter, tested.stream().flatMap(s -> ValueCombinations.innerPairs(s.ids()).stream()).distinct().toList())
                : Map.of();
        return ValueCombinations.of(query.baseline(filter), sets, totals, pairTotals, filter.asOf(), size, order, minSupport, first);
    }

    /**
     * Integration pairs used together by customers, against each integration's users without the
     * other and all customers. Churn and NPS are the customers' current state, so only which usages
     * exist depends on the as-of date, and the period start is not used.
     */
    public IntegrationCombinations integrationCombinations(AnalyticsFilter given, IntegrationCombinationOrder order, int minSupport,
            int first) {
        AnalyticsFilter filter = AnalyticsFilter.resolved(given, periods);
        checkMinSupport(minSupport, "joint customers");
        List<IntegrationPairRow> pairs = query.integrationPairs(filter, minSupport);
        Map<String, IntegrationRow> integrations = pairs.isEmpty()
                ? Map.of()
                : query.integrations(filter,
                        IntegrationCombinations.tested(pairs).stream().flatMap(r -> Stream.of(r.a(), r.b())).distinct().toList());
        return IntegrationCombinations.of(query.customers(), pairs, integrations, filter.asOf(), filter.from() != null, order, minSupport,
                first);
    }

    private static void checkMinSupport(int minSupport, String unit) {
        if (minSupport < 2 || minSupport > 10_000) {
            throw new BadRequestException("minSupport must be 2 to 10000 " + unit + ", was " + minSupport);
        }
    }
}
