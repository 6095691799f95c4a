package com.ecosystemgraph.analytics.combinations;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.AnalyticsRepository;
import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.CustomerRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationPairRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.IntegrationRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.PairTotalsRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.SetRow;
import com.ecosystemgraph.analytics.combinations.CombinationRows.TotalsRow;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the combination statements (pair-stats, triple-stats, partner-deal-totals, pair-deal-totals,
 * integration-pair-stats, integration-users, customer-retention) and maps their rows; the baseline
 * win rate comes from the shared by-source read of {@link AnalyticsRepository}.
 */
@Component
@Transactional(readOnly = true)
class CombinationQuery {

    private final AnalyticsRepository repository;
    private final CypherRunner cypher;

    CombinationQuery(AnalyticsRepository repository, CypherRunner cypher) {
        this.repository = repository;
        this.cypher = cypher;
    }

    /** Every deal of the period by source, whatever the partner filter (the baseline). */
    List<SourceRow> baseline(AnalyticsFilter resolved) {
        return repository.bySource(new AnalyticsFilter(resolved.asOf(), resolved.from(), null, null, null));
    }

    List<SetRow> pairs(AnalyticsFilter filter, int minSupport) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("minSupport", minSupport);
        return cypher.list("analytics/pair-stats", parameters, r -> new SetRow(List.of(r.get("a").asString(), r.get("b").asString()),
                Arrays.asList(GraphValues.string(r.get("aName")), GraphValues.string(r.get("bName"))), r.get("support").asLong(),
                r.get("won").asLong(), r.get("lost").asLong(), GraphValues.decimal(r.get("averageWonAmount")),
                GraphValues.decimal(r.get("averageDaysToClose")), r.get("customers").asLong(), r.get("churnedCustomers").asLong()));
    }

    List<SetRow> triples(AnalyticsFilter filter, int minSupport) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("minSupport", minSupport);
        return cypher.list("analytics/triple-stats", parameters, r -> new SetRow(r.get("ids").asList(Value::asString),
                r.get("names").asList(v -> GraphValues.string(v)), r.get("support").asLong(), r.get("won").asLong(), r.get("lost").asLong(),
                GraphValues.decimal(r.get("averageWonAmount")), GraphValues.decimal(r.get("averageDaysToClose")),
                r.get("customers").asLong(), r.get("churnedCustomers").asLong()));
    }

    /** Totals of the given pairs ([a, b] with a < b), keyed by the pair. */
    Map<List<String>, PairTotalsRow> pairTotals(AnalyticsFilter filter, List<List<String>> pairs) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("pairs", pairs);
        Map<List<String>, PairTotalsRow> result = new HashMap<>();
        cypher.list("analytics/pair-deal-totals", parameters, r -> new PairTotalsRow(r.get("a").asString(), r.get("b").asString(),
                r.get("deals").asLong(), r.get("won").asLong(), r.get("lost").asLong(), r.get("wonAmount").asDouble()))
                .forEach(t -> result.put(List.of(t.a(), t.b()), t));
        return result;
    }

    List<IntegrationPairRow> integrationPairs(AnalyticsFilter filter, int minSupport) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("minSupport", minSupport);
        return cypher.list("analytics/integration-pair-stats", parameters, r -> new IntegrationPairRow(r.get("a").asString(),
                r.get("b").asString(), r.get("support").asLong(), r.get("churned").asLong(), r.get("npsSum").asLong(),
                r.get("npsCount").asLong(), GraphValues.decimal(r.get("averageArr"))));
    }

    Map<String, IntegrationRow> integrations(AnalyticsFilter filter, List<String> ids) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("ids", ids);
        Map<String, IntegrationRow> result = new HashMap<>();
        cypher.list("analytics/integration-users", parameters, r -> new IntegrationRow(r.get("id").asString(),
                GraphValues.string(r.get("name")), r.get("depth").isNull() ? null : r.get("depth").asLong(),
                GraphValues.string(r.get("partnerId")), GraphValues.string(r.get("partnerName")), GraphValues.string(r.get("partnerType")),
                r.get("users").asLong(), r.get("churned").asLong(), r.get("npsSum").asLong(), r.get("npsCount").asLong()))
                .forEach(i -> result.put(i.id(), i));
        return result;
    }

    CustomerRow customers() {
        return cypher.one("analytics/customer-retention", Map.of(), r -> new CustomerRow(r.get("customers").asLong(),
                r.get("churned").asLong(), r.get("npsSum").asLong(), r.get("npsCount").asLong())).orElse(new CustomerRow(0, 0, 0, 0));
    }

    Map<String, TotalsRow> totals(AnalyticsFilter filter, List<String> ids) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("ids", ids);
        Map<String, TotalsRow> result = new HashMap<>();
        cypher.list("analytics/partner-deal-totals", parameters, r -> new TotalsRow(r.get("id").asString(), r.get("deals").asLong(),
                r.get("won").asLong(), r.get("lost").asLong(), r.get("wonAmount").asDouble())).forEach(t -> result.put(t.id(), t));
        return result;
    }

    private static Map<String, Object> parameters(AnalyticsFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return parameters;
    }
}
