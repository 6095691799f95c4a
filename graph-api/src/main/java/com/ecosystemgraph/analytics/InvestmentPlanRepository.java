package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.graphql.GraphValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Loads the investment plan's per-partner inputs (cypher/queries/analytics/investment-plan-partners.cypher). */
@Repository
@Transactional(readOnly = true)
class InvestmentPlanRepository {

    /** One signed partner's history, trailing-12-month investment and stored IPP probability. */
    record PlanRow(String id, String name, String type, String tier, String region, String status, LocalDate signedOn, LocalDate asOf,
                   double revenue, long wonDeals, double investment, double currentInvestment, Double ippProbability,
                   String ippModelVersion) {
    }

    private final CypherRunner cypher;

    InvestmentPlanRepository(CypherRunner cypher) {
        this.cypher = cypher;
    }

    List<PlanRow> partners(AnalyticsFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        return cypher.list("analytics/investment-plan-partners", parameters, r -> new PlanRow(r.get("id").asString(),
                GraphValues.string(r.get("name")), GraphValues.string(r.get("type")), GraphValues.string(r.get("tier")),
                GraphValues.string(r.get("region")), GraphValues.string(r.get("status")), GraphValues.date(r.get("signedOn")),
                r.get("asOf").asLocalDate(), r.get("revenue").asDouble(), r.get("wonDeals").asLong(), r.get("investment").asDouble(),
                r.get("currentInvestment").asDouble(), GraphValues.decimal(r.get("ippProbability")),
                GraphValues.string(r.get("ippModelVersion"))));
    }
}
