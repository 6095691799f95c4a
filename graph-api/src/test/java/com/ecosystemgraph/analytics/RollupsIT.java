package com.ecosystemgraph.analytics;

import com.ecosystemgraph.graph.Periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.analytics.AnalyticsRepository.ActivityRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.Measure;
import com.ecosystemgraph.analytics.AnalyticsRepository.PartnerRow;
import com.ecosystemgraph.analytics.AnalyticsRepository.SourceRow;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The rollups answer exactly what the deals answer: on the planted demo ecosystem, the KPIs and
 * partner outcomes read through the rollups equal those of the raw queries for as-of dates and
 * periods that put the boundaries on every kind of month (first day, last day, mid-month, the from
 * month equal to the as-of month or to the trailing year's first month, as-of after the last deal),
 * on days with activity, and with
 * partner filters; and they stay equal after each kind of write the service makes.
 */
class RollupsIT {

    private final CypherRunner cypher = new CypherRunner(Neo4jClient.create(TestNeo4j.driver()), new SimpleMeterRegistry());
    private final Rollups rollups = new Rollups(TestNeo4j.driver(), null);
    private final AnalyticsRepository raw = new AnalyticsRepository(cypher);
    private final AnalyticsRepository rolledUp = new AnalyticsRepository(cypher, rollups);
    private LocalDate snapshot;

    @BeforeEach
    void importDemo() {
        PlantedEcosystem.importInto();
        snapshot = new Periods(cypher).snapshotDate().orElseThrow();
    }

    @Test
    void theRollupsGiveTheFiguresOfTheDealsForEveryKindOfPeriod() {
        Rollups.Refresh built = rollups.refresh();
        assertThat(built.months()).as("the import marked every created month").isGreaterThan(12);
        assertThat(built.partners()).as("the import marked every partner with deals or investments").isGreaterThan(50);
        assertThat(rollups.refresh().nothing()).as("nothing is stale right after a refresh").isTrue();
        for (AnalyticsFilter filter : filters()) {
            assertSame(filter);
        }
    }

    @Test
    void writesOfEveryKindKeepThemExact() {
        rollups.refresh();
        Record deal = one("""
                MATCH (p:Partner)-[:SOURCED]->(d:Deal {outcome: 'won'})-[:FOR]->(c:Customer)
                WHERE d.closedOn < $snapshot - duration({months: 14})
                RETURN d.id AS id, c.id AS customerId, d.createdOn AS createdOn, d.closedOn AS closedOn, p.id AS partnerId
                ORDER BY d.id LIMIT 1""");
        String dealId = deal.get("id").asString();
        // a deal moved to other months, with a new amount: its old and new months and its partner are rebuilt
        Map<String, Object> props = new HashMap<>();
        props.put("amount", 777_777.0);
        props.put("outcome", "won");
        props.put("source", "partner_sourced");
        props.put("createdOn", snapshot.minusDays(40));
        props.put("closedOn", snapshot.minusDays(3));
        write("import/upsert-deals", Map.of("rows", List.of(Map.of("id", dealId, "customerId", deal.get("customerId").asString(),
                "props", props))));
        Rollups.Refresh moved = rollups.refresh();
        assertThat(moved.months()).as("the deal's old and new created months").isBetween(1L, 2L);
        assertThat(moved.partners()).as("only the deal's partners").isBetween(1L, 3L);
        assertSameEverywhere();

        // another partner joins the deal, one investment moves to that partner
        String newcomer = one(
                "MATCH (p:Partner {status: 'active'}) WHERE NOT (p)-->(:Deal {id: $dealId}) RETURN p.id AS id ORDER BY p.id LIMIT 1",
                Map.of("dealId", dealId)).get("id").asString();
        Map<String, Object> role = new HashMap<>();
        role.put("registrationStage", "before_contact");
        role.put("partnerEarnings", 1_234.0);
        role.put("partnerHours", 12.0);
        write("import/merge-deal-partners", Map.of("rows", List.of(Map.of("dealId", dealId, "partnerId", newcomer, "type", "CO_SOLD",
                "props", role))));
        Record investment = one(
                "MATCH (v:Investment)-[:IN]->(p:Partner) WHERE p.id <> $id RETURN v.id AS id, v.kind AS kind ORDER BY v.id LIMIT 1",
                Map.of("id", newcomer));
        Map<String, Object> spent = new HashMap<>();
        spent.put("kind", investment.get("kind").asString());
        spent.put("amount", 50_000.0);
        spent.put("spentOn", snapshot.minusDays(1));
        write("import/upsert-investments", Map.of("rows", List.of(Map.of("id", investment.get("id").asString(), "partnerId", newcomer,
                "props", spent))));
        assertThat(rollups.refresh().partners()).as("the newcomer and the investment's former partner").isEqualTo(2);
        assertSameEverywhere();

        // the deal loses its original partner, then is deleted; then a partner is deleted
        write("import/remove-other-deal-partners", Map.of("dealId", dealId, "partnerIds", List.of(newcomer)));
        assertSameEverywhere();
        write("explorer/delete-node", Map.of("id", dealId, "label", "Deal"));
        assertSameEverywhere();
        String busiest = one("""
                MATCH (p:Partner {status: 'active'})-[:SOURCED|CO_SOLD]->(d:Deal {outcome: 'won'})
                RETURN p.id AS id, count(d) AS deals ORDER BY deals DESC, id LIMIT 1""").get("id").asString();
        write("explorer/delete-node", Map.of("id", busiest, "label", "Partner"));
        assertSameEverywhere();
        assertThat(one("MATCH (r:PartnerRollup {partnerId: $id}) RETURN count(r) AS n", Map.of("id", busiest)).get("n").asLong())
                .as("a deleted partner's rollup goes with it").isZero();
    }

    @Test
    void dataWrittenAroundTheServiceIsPickedUpByAFullRebuild() {
        rollups.refresh();
        one("MATCH (d:Deal {outcome: 'won'}) WITH d ORDER BY d.id LIMIT 50 SET d.amount = d.amount * 3 RETURN count(d) AS n");
        Rollups.Refresh rebuilt = rollups.rebuildAll();
        assertThat(rebuilt.partners()).isGreaterThan(50);
        assertSame(new AnalyticsFilter(snapshot, null, null, null, null));
    }

    private void assertSameEverywhere() {
        assertSame(new AnalyticsFilter(snapshot, null, null, null, null));
        assertSame(new AnalyticsFilter(snapshot.minusDays(20), snapshot.minusDays(200), null, null, null));
    }

    /** Periods whose boundaries fall on every kind of month, and partner filters. */
    private List<AnalyticsFilter> filters() {
        LocalDate midMonth = snapshot.withDayOfMonth(15).minusMonths(5);
        LocalDate monthEnd = snapshot.minusMonths(3).withDayOfMonth(1).minusDays(1);
        LocalDate monthStart = snapshot.minusMonths(8).withDayOfMonth(1);
        List<AnalyticsFilter> filters = new ArrayList<>();
        for (LocalDate asOf : List.of(snapshot, midMonth, monthEnd, monthStart, snapshot.plusYears(1))) {
            List<LocalDate> froms = new ArrayList<>();
            froms.add(null);
            froms.addAll(List.of(asOf.minusDays(90), asOf.withDayOfMonth(1), asOf.withDayOfMonth(1).plusDays(3).isAfter(asOf)
                    ? asOf.minusDays(1)
                    : asOf.withDayOfMonth(1).plusDays(3), asOf.minusMonths(12).plusDays(1), asOf.minusYears(2),
                    asOf.minusMonths(1)));
            for (LocalDate from : froms) {
                filters.add(new AnalyticsFilter(asOf, from, null, null, null));
            }
        }
        // bounds on days with activity (the rollups' days are inclusive on both ends of a period)
        Record days = one("""
                MATCH (d:Deal {outcome: 'won'}) WHERE d.closedOn < $snapshot - duration({months: 6})
                WITH d ORDER BY d.closedOn DESC LIMIT 1
                MATCH (v:Investment) WHERE v.spentOn < d.closedOn - duration({months: 9})
                WITH d, v ORDER BY v.spentOn DESC LIMIT 1
                RETURN d.closedOn AS closedOn, d.createdOn AS createdOn, v.spentOn AS spentOn""");
        filters.add(new AnalyticsFilter(days.get("closedOn").asLocalDate(), days.get("spentOn").asLocalDate(), null, null, null));
        filters.add(new AnalyticsFilter(days.get("closedOn").asLocalDate(), days.get("createdOn").asLocalDate(), null, null, null));
        filters.add(new AnalyticsFilter(days.get("spentOn").asLocalDate(), null, null, null, null));
        filters.add(new AnalyticsFilter(snapshot, null, List.of(PartnerType.RESELLER, PartnerType.SERVICES), null, null));
        filters.add(new AnalyticsFilter(snapshot, snapshot.minusMonths(6), null, List.of("emea"), List.of(PartnerTier.GOLD)));
        return filters;
    }

    private void assertSame(AnalyticsFilter filter) {
        String at = "as of " + filter.asOf() + " from " + filter.from() + " " + filter;
        // a source without deals in the period may come as a row of zeros or as no row (the KPIs read both as zero)
        Map<String, SourceRow> expectedSources = bySource(raw.bySource(filter));
        Map<String, SourceRow> actualSources = bySource(rolledUp.bySource(filter));
        assertThat(actualSources.keySet()).as(at).isEqualTo(expectedSources.keySet());
        for (String source : expectedSources.keySet()) {
            SourceRow e = expectedSources.get(source);
            SourceRow a = actualSources.get(source);
            assertThat(List.of(a.pipelineDeals(), a.openDeals(), a.won(), a.lost())).as(at + " " + source)
                    .isEqualTo(List.of(e.pipelineDeals(), e.openDeals(), e.won(), e.lost()));
            assertThat(a.pipelineAmount()).as(at).isCloseTo(e.pipelineAmount(), within(1e-6 * Math.max(1, e.pipelineAmount())));
            assertThat(a.openAmount()).as(at).isCloseTo(e.openAmount(), within(1e-6 * Math.max(1, e.openAmount())));
            assertThat(a.wonAmount()).as(at).isCloseTo(e.wonAmount(), within(1e-6 * Math.max(1, e.wonAmount())));
            assertThat(a.medianDaysToClose()).as(at + " median").isEqualTo(e.medianDaysToClose());
        }
        ActivityRow expectedActivity = raw.activity(filter);
        ActivityRow actualActivity = rolledUp.activity(filter);
        assertThat(actualActivity.activePartners()).as(at).isEqualTo(expectedActivity.activePartners());
        assertThat(actualActivity.partnerDealRows()).as(at).isEqualTo(expectedActivity.partnerDealRows());
        assertThat(actualActivity.registeredRows()).as(at).isEqualTo(expectedActivity.registeredRows());
        assertThat(actualActivity.signedWithoutDeal()).as(at).isEqualTo(expectedActivity.signedWithoutDeal());
        assertThat(actualActivity.daysToFirstDeal()).as(at).containsExactlyInAnyOrderElementsOf(expectedActivity.daysToFirstDeal());
        List<PartnerRow> expected = raw.partners(filter, EnumSet.allOf(Measure.class));
        List<PartnerRow> actual = rolledUp.partners(filter, EnumSet.allOf(Measure.class));
        assertThat(actual.stream().map(PartnerRow::id).toList()).as(at).isEqualTo(expected.stream().map(PartnerRow::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            PartnerRow e = expected.get(i);
            PartnerRow a = actual.get(i);
            String who = at + " partner " + e.id();
            assertClose(measures(a), measures(e), who);
        }
    }

    @Test
    void eachMeasureAskedForAloneIsExactAndTheOthersAreNotRead() {
        rollups.refresh();
        for (AnalyticsFilter filter : List.of(new AnalyticsFilter(snapshot, null, null, null, null),
                new AnalyticsFilter(snapshot.minusDays(20), snapshot.minusDays(200), null, null, null))) {
            List<PartnerRow> all = rolledUp.partners(filter, EnumSet.allOf(Measure.class));
            assertThat(all.stream().mapToDouble(PartnerRow::revenue).sum()).as("the period has revenue").isPositive();
            for (Measure measure : Measure.values()) {
                List<PartnerRow> alone = rolledUp.partners(filter, EnumSet.of(measure));
                assertThat(alone.stream().map(PartnerRow::id).toList()).isEqualTo(all.stream().map(PartnerRow::id).toList());
                for (int i = 0; i < all.size(); i++) {
                    double[] want = measures(all.get(i));
                    double[] wantAlone = new double[want.length];
                    for (int m : MEASURE_COLUMNS.get(measure)) {
                        wantAlone[m] = want[m];
                    }
                    assertClose(measures(alone.get(i)), wantAlone, measure + " alone, partner " + all.get(i).id() + " " + filter);
                }
            }
        }
    }

    /** The columns of {@link #measures} each measure fills. */
    private static final Map<Measure, List<Integer>> MEASURE_COLUMNS = Map.of(Measure.REVENUE, List.of(0, 1),
            Measure.TRAILING_REVENUE, List.of(2), Measure.DEAL_ROWS, List.of(3), Measure.EARNINGS, List.of(4, 5),
            Measure.INVESTMENT, List.of(6, 7, 8, 9), Measure.OUTCOMES, List.of(10, 11), Measure.CO_SOLD, List.of(12),
            Measure.TRAILING_INVESTMENT, List.of(13), Measure.SCORES, List.of(14));

    private static double[] measures(PartnerRow r) {
        return new double[]{r.revenue(), r.influenced(), r.trailingRevenue(), r.dealRows(), r.earnings(), r.hours(), r.mdf(),
                r.enablement(), r.coMarketing(), r.support(), r.wonDeals(), r.lostDeals(), r.coSoldRows(),
                r.trailingInvestment(), r.ippProbability() == null ? 0 : r.ippProbability()};
    }

    private static void assertClose(double[] got, double[] want, String who) {
        for (int m = 0; m < want.length; m++) {
            assertThat(got[m]).as(who + " measure " + m).isCloseTo(want[m], within(1e-6 * Math.max(1, Math.abs(want[m]))));
        }
    }

    private static Map<String, SourceRow> bySource(List<SourceRow> rows) {
        Map<String, SourceRow> nonZero = new java.util.TreeMap<>();
        rows.stream().filter(r -> r.pipelineDeals() + r.won() + r.lost() + r.openDeals() > 0).forEach(r -> nonZero.put(r.source(), r));
        return nonZero;
    }

    private Record one(String query) {
        return one(query, Map.of());
    }

    private Record one(String query, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("snapshot", snapshot);
        try (var session = TestNeo4j.driver().session()) {
            return session.executeWrite(tx -> tx.run(query, all).single());
        }
    }

    private void write(String statement, Map<String, Object> parameters) {
        try (var session = TestNeo4j.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query(statement), parameters).consume());
        }
    }
}
