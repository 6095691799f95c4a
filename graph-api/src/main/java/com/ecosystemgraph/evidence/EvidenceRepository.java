package com.ecosystemgraph.evidence;

import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.links.ConflictDeals;
import com.ecosystemgraph.links.DriverGroupPartners;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.neo4j.GraphValues;
import com.ecosystemgraph.graphql.Page;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the rows behind a figure: cypher/queries/evidence/deals-* for plain deals, credits-* for the
 * measures whose rows credit a partner or a referred entity. A channel conflict's deals come from the
 * conflicts analysis itself ({@link ConflictDeals}, answered by analytics/).
 */
@Repository
@Transactional(readOnly = true)
class EvidenceRepository {

    private final CypherRunner cypher;
    private final ConflictDeals conflicts;
    private final DriverGroupPartners drivers;

    EvidenceRepository(CypherRunner cypher, ConflictDeals conflicts, DriverGroupPartners drivers) {
        this.cypher = cypher;
        this.conflicts = conflicts;
        this.drivers = drivers;
    }

    /** The bound parameters of one request: the filter, the selector and the deals an analysis chose. */
    Map<String, Object> parameters(EvidenceFilter filter, EvidenceSelector selector) {
        selector.check();
        Map<String, Object> parameters = new HashMap<>();
        filter.bind(parameters);
        List<String> dealIds = selector.conflictWindowDays() == null
                ? null
                : conflicts.dealIds(filter.asOf(), filter.from(), filter.partnerTypes(), filter.regions(), filter.tiers(),
                        selector.conflictWindowDays(), selector.customerIds());
        List<String> partnerIds = selector.driverGroupSelected()
                ? drivers.partnerIds(filter.asOf(), filter.from(), filter.partnerTypes(), filter.regions(), filter.tiers(),
                        selector.driverLever(), selector.driverGroup())
                : null;
        selector.bind(parameters, dealIds, partnerIds);
        return parameters;
    }

    List<Page.Sorted<EvidenceRow>> page(EvidenceSelector selector, Map<String, Object> bound, Page page) {
        Map<String, Object> parameters = new HashMap<>(bound);
        page.bind(parameters);
        return cypher.list(statement(selector) + "-page", parameters,
                r -> new Page.Sorted<>(row(r), Page.Sorted.value(r.get("sortValue"))));
    }

    DealEvidence.Totals totals(EvidenceSelector selector, Map<String, Object> bound) {
        // read, then checked: an exception thrown while the record is mapped would reach the client as an internal error
        Map.Entry<Boolean, DealEvidence.Totals> read = cypher.one(statement(selector) + "-totals", bound,
                r -> Map.entry(!r.containsKey("found") || r.get("found").asBoolean(), totals(r))).orElseThrow();
        if (!read.getKey()) {
            throw new BadRequestException("selector.prospect: no prospect with id " + selector.prospect());
        }
        return read.getValue();
    }

    private static DealEvidence.Totals totals(Record r) {
        return new DealEvidence.Totals(
                r.get("asOf").isNull() ? null : r.get("asOf").asLocalDate(), r.get("count").asLong(), r.get("amount").asDouble(),
                r.get("value").asDouble(), GraphValues.decimal(r.get("hours")), r.get("won").asLong(), r.get("lost").asLong(),
                median(r.get("values")));
    }

    /** ecosystemKpis reports a median of days with at least this many partners (its MIN_WON_DEALS). */
    static final int MIN_ROWS_FOR_MEDIAN = 3;

    /** FIRST_DEAL's figure: the median of the rows' values, as ecosystemKpis takes it (null below its minimum of rows). */
    private static Double median(org.neo4j.driver.Value values) {
        if (values.isNull()) {
            return null;
        }
        double[] v = values.asList(org.neo4j.driver.Value::asDouble).stream().mapToDouble(Double::doubleValue).toArray();
        // commons-math3's median equals analytics' Statistics.quantile(v, 0.5) (at one half every common estimator takes the
        // middle value or the mean of the two middle values); evidence is a feature and does not import analytics (PackageLayoutTest)
        return v.length >= MIN_ROWS_FOR_MEDIAN ? new Median().evaluate(v) : null;
    }

    private static String statement(EvidenceSelector selector) {
        EvidenceMeasure measure = selector.measureOrDefault();
        if (measure.prospectRows()) {
            return "evidence/prospect";
        }
        if (measure == EvidenceMeasure.INTEGRATION_USER) {
            return "evidence/integration-users";
        }
        return measure == EvidenceMeasure.DEAL_AMOUNT ? "evidence/deals" : measure.partnerRows() ? "evidence/partners" : "evidence/credits";
    }

    private static EvidenceRow row(Record r) {
        if (!r.get("p").isNull()) {
            return EvidenceRow.partner(r.get("rowKey").asString(), Partner.from(r.get("p")), r.get("value").asDouble());
        }
        EvidenceRow.EvidenceEntity via = !r.containsKey("via") || r.get("via").isNull()
                ? null
                : new EvidenceRow.EvidenceEntity(
                        r.get("via").get("id").asString(), r.get("viaKind").asString(), GraphValues.string(r.get("via").get("name")));
        if (!r.get("c").isNull()) {
            return EvidenceRow.customer(r.get("rowKey").asString(), Customer.from(r.get("c")), r.get("value").asDouble(), via);
        }
        return new EvidenceRow(r.get("rowKey").asString(), Deal.from(r.get("d")), r.get("value").asDouble(), via,
                r.get("hops").isNull() ? null : r.get("hops").asInt(), GraphValues.decimal(r.get("hours")));
    }
}
