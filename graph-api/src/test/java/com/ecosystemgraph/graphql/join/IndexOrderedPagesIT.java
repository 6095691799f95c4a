package com.ecosystemgraph.graphql.join;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.graphql.SortKey;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page sorted by name or id reads its rows in index order and stops after the page (issue 18: the
 * partner page sorted by name had lower-cased and sorted every partner's name per request). Checked on
 * the plan Neo4j ran ({@code PROFILE}): no operator sorts every row, and the rows read from the index
 * stay near the page size however many partners there are.
 */
@ServiceTest(role = Role.VIEWER)
class IndexOrderedPagesIT {

    private static final int PARTNERS = 300;

    @Autowired
    Driver driver;

    @Autowired
    Joins joins;

    @BeforeEach
    void manyPartners() {
        only("many-partners", PARTNERS);
    }

    /** The database holds only the fixture's {@code count} rows, with index statistics and plans for them. */
    private void only(String fixture, int count) {
        ServiceData.clear(driver);
        ServiceData.run(driver, fixture, Map.of("count", count));
        // The plans below follow the index statistics: resample them for these rows and drop cached plans, or the
        // planner may choose by what earlier tests left in the database (seen: the type index instead of the composite).
        try (var session = driver.session()) {
            session.run("CALL db.prepareForReplanning()").consume();
        }
    }

    @Test
    void partnersByNameAreReadInIndexOrderFromTheCursorOn() {
        Page first = new Page(20, null, "NAME", false);
        assertIndexOrdered(profile("Partner", first), "nameKey");
        List<Map<String, Object>> rows = run("Partner", first);
        assertThat(rows).extracting(r -> r.get("sortValue")).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));

        Map<String, Object> last = rows.get(19);
        Page second = new Page(20, new SortKey(last.get("sortValue"), (String) last.get("id")), "NAME", false);
        ProfiledPlan plan = profile("Partner", second);
        assertIndexOrdered(plan, "nameKey");
        assertThat(run("Partner", second)).first().extracting(r -> r.get("id")).isEqualTo(rows.get(20).get("id"));
    }

    @Test
    void partnersByNameDescendingAndByIdAndCustomersByNameAreIndexOrderedToo() {
        assertIndexOrdered(profile("Partner", new Page(20, null, "NAME", true)), "nameKey");
        assertIndexOrdered(profile("Partner", new Page(20, null, "ID", false)), "id");
        assertIndexOrdered(profile("Customer", new Page(20, null, "NAME", false)), "nameKey");
        assertIndexOrdered(profile("Deal", new Page(20, null, "ID", false)), "id");
    }

    /** The Partners view's common filter: one type and one region, by name; the composite index (V0043) seeks just those rows. */
    @Test
    void partnersOfOneTypeAndRegionByNameSeekOnlyTheirRows() {
        Map<String, Object> filters = new HashMap<>(Map.of("types", List.of("technology"), "regions", List.of("emea")));
        Joins.Plan plan = plan("Partner", new Page(20, null, "NAME", false), filters);
        ProfiledPlan profile;
        try (var session = driver.session()) {
            profile = session.run("PROFILE " + plan.text(), plan.parameters()).consume().profile();
        }
        List<ProfiledPlan> operators = new ArrayList<>();
        collect(profile, operators);
        ProfiledPlan seek = operators.stream().filter(o -> o.operatorType().startsWith("NodeIndexSeek")).findFirst().orElseThrow();
        assertThat(seek.arguments().get("Details").asString()).contains("Partner(type, region, nameKey)");
        assertThat(seek.records()).isEqualTo(PARTNERS / 3);
    }

    @Test
    void anOrderNoIndexAnswersStillSortsByItsValue() {
        List<Map<String, Object>> rows = run("Partner", new Page(20, null, "EMPLOYEES", true));
        assertThat(rows).extracting(r -> ((Number) r.get("sortValue")).doubleValue()).startsWith(3000.0, 2990.0, 2980.0);
    }

    /**
     * Unseen shapes of issue 18 (deals of one outcome by amount, customers by ARR): a first page in an order no
     * index answers keeps only the page while sorting (a top-k), evaluates no condition of a filter that was not
     * given and no CASE over the order field. The always-true cursor condition had made Neo4j sort every matching
     * row and filter after the sort, and the unused filters' EXISTS conditions were planned as semi-applies.
     */
    @Test
    void aFirstPageInAnOrderNoIndexAnswersKeepsOnlyThePageWhileItSorts() {
        Map<String, Object> filters = new HashMap<>(Map.of("types", List.of("technology")));
        Joins.Plan first = plan("Partner", new Page(20, null, "EMPLOYEES", true), filters);
        assertThat(first.text()).as("statement").doesNotContain("$afterId", "$statuses", "$industry", "$minScore", "CASE")
                .contains("$types");
        List<String> operators = operators(first);
        assertThat(operators).as("operators").anyMatch(n -> n.startsWith("Top")).noneMatch(n -> n.startsWith("Sort"))
                .noneMatch(n -> n.contains("SemiApply"));

        Map<String, Object> dealFilters = new HashMap<>(Map.of("outcomes", List.of("won")));
        Joins.Plan deals = plan("Deal", new Page(25, null, "AMOUNT", true), dealFilters);
        assertThat(deals.text()).doesNotContain("$customerIds", "$partnerIds", "$minAmount", "$afterId", "CASE");
        assertThat(operators(deals)).as("operators").anyMatch(n -> n.startsWith("Top")).noneMatch(n -> n.startsWith("Sort"))
                .noneMatch(n -> n.contains("SemiApply"));
    }

    /**
     * Unseen shape (e) of issue 18: deals of one outcome above an amount, largest first. The filter leaves out the
     * deals without an amount, so the range index on amount (V0044) answers the order: the page reads its rows
     * from the index in order and stops, where it had sorted every deal of the outcome. Its rows and the next
     * page's are those of the same order computed here; without the filter the order is the sort fragment's,
     * deals without an amount last.
     */
    @Test
    void dealsAboveAnAmountAreReadInIndexOrderAndWithoutTheFilterTheDealsWithoutAnAmountComeLast() {
        int deals = 900;
        only("many-deals", deals);
        // The deals the page should show, computed from the fixture: won (i % 3 == 0), an amount (i % 10 != 0), >= 100.
        List<String> expected = new ArrayList<>();
        for (int i = deals; i >= 1; i--) {
            if (i % 3 == 0 && i % 10 != 0 && i * 10 >= 100) {
                expected.add("MD%04d".formatted(i));
            }
        }

        Page first = new Page(25, null, "AMOUNT", true);
        Map<String, Object> filters = new HashMap<>(Map.of("outcomes", List.of("won"), "minAmount", 100.0));
        Joins.Plan plan = plan("Deal", first, filters);
        ProfiledPlan profile;
        try (var session = driver.session()) {
            profile = session.run("PROFILE " + plan.text(), plan.parameters()).consume().profile();
        }
        assertIndexOrdered(profile, "amount");
        List<Map<String, Object>> rows = rows(plan);
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(expected.subList(0, 26));

        Map<String, Object> last = rows.get(24);
        Page second = new Page(25, new SortKey(last.get("sortValue"), (String) last.get("id")), "AMOUNT", true);
        Joins.Plan next = plan("Deal", second, new HashMap<>(filters));
        try (var session = driver.session()) {
            assertIndexOrdered(session.run("PROFILE " + next.text(), next.parameters()).consume().profile(), "amount");
        }
        assertThat(rows(next).subList(0, 25)).extracting(r -> r.get("id")).containsExactlyElementsOf(expected.subList(25, 50));

        Joins.Plan unfiltered = plan("Deal", new Page(deals, null, "AMOUNT", true), new HashMap<>());
        assertThat(unfiltered.text()).as("no filter on amount: the sort fragment's order").contains("coalesce");
        List<Map<String, Object>> all = rows(unfiltered);
        assertThat(all).hasSize(deals);
        assertThat(all.subList(deals - deals / 10, deals)).as("the deals without an amount, last").allSatisfy(r -> assertThat(
                ((Number) r.get("sortValue")).doubleValue()).isEqualTo(-1.0));
    }

    /**
     * Unseen shape (g) of issue 18: customers of one segment and one region by ARR. The composite index on
     * (segment, region, arrKey) (V0045, V0046) answers that order when both filters have one value: the page
     * seeks the cell in order and stops, where it had read the whole segment and sorted the cell. Rows and the
     * next page are those computed here, customers without an ARR last; with two segments, the sort fragment's
     * order.
     */
    @Test
    void customersOfOneSegmentAndRegionByArrAreReadInIndexOrder() {
        int customers = 1800;
        only("many-customers", customers);
        // The cell smb / emea is i % 6 == 0 (300 customers); ARR i * 100, none where i % 7 == 0 (sort value -1).
        List<String> expected = new ArrayList<>();
        for (int i = customers; i >= 6; i -= 6) {
            if (i % 7 != 0) {
                expected.add("MC%04d".formatted(i));
            }
        }
        for (int i = 6; i <= customers; i += 6) {
            if (i % 7 == 0) {
                expected.add("MC%04d".formatted(i));
            }
        }
        Map<String, Object> filters = new HashMap<>(Map.of("segments", List.of("smb"), "regions", List.of("emea")));
        Joins.Plan plan = plan("Customer", new Page(20, null, "ARR", true), filters);
        try (var session = driver.session()) {
            assertIndexOrdered(session.run("PROFILE " + plan.text(), plan.parameters()).consume().profile(), "arrKey");
        }
        List<Map<String, Object>> rows = rows(plan);
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(expected.subList(0, 21));

        Map<String, Object> last = rows.get(19);
        Joins.Plan next = plan("Customer", new Page(20, new SortKey(last.get("sortValue"), (String) last.get("id")), "ARR", true),
                new HashMap<>(filters));
        try (var session = driver.session()) {
            assertIndexOrdered(session.run("PROFILE " + next.text(), next.parameters()).consume().profile(), "arrKey");
        }
        assertThat(rows(next).subList(0, 20)).extracting(r -> r.get("id")).containsExactlyElementsOf(expected.subList(20, 40));

        List<Map<String, Object>> whole = rows(plan("Customer", new Page(customers, null, "ARR", true), new HashMap<>(filters)));
        assertThat(whole).extracting(r -> r.get("id")).as("the customers without an ARR last, by id").containsExactlyElementsOf(expected);

        Joins.Plan twoSegments = plan("Customer", new Page(20, null, "ARR", true),
                new HashMap<>(Map.of("segments", List.of("smb", "enterprise"), "regions", List.of("emea"))));
        assertThat(twoSegments.text()).as("two segments: the sort fragment's order").contains("coalesce").doesNotContain("arrKey");
    }

    /** After a cursor the cursor's condition is there again, and the next page follows the first. */
    @Test
    void aLaterPageInAnOrderNoIndexAnswersStartsAfterTheCursor() {
        List<Map<String, Object>> rows = run("Partner", new Page(40, null, "EMPLOYEES", true));
        Map<String, Object> last = rows.get(19);
        Page second = new Page(20, new SortKey(last.get("sortValue"), (String) last.get("id")), "EMPLOYEES", true);
        assertThat(plan("Partner", second, new HashMap<>()).text()).contains("$afterId");
        // run() reads one row more than the page (hasNextPage's look-ahead)
        assertThat(run("Partner", second).subList(0, 20)).extracting(r -> r.get("id"))
                .containsExactlyElementsOf(rows.subList(20, 40).stream().map(r -> r.get("id")).toList());
    }

    private List<String> operators(Joins.Plan plan) {
        ProfiledPlan profile;
        try (var session = driver.session()) {
            profile = session.run("PROFILE " + plan.text(), plan.parameters()).consume().profile();
        }
        List<ProfiledPlan> all = new ArrayList<>();
        collect(profile, all);
        return all.stream().map(ProfiledPlan::operatorType).toList();
    }

    private Joins.Plan plan(String type, Page page, Map<String, Object> parameters) {
        NodeType<?> nodeType = joins.nodeType(type);
        for (String parameter : Fragment.load("join/" + nodeType.stem + "-page").parameters) {
            parameters.putIfAbsent(parameter, null);
        }
        page.bind(parameters, true);
        return joins.pagePlan(nodeType, page, List.of(), parameters);
    }

    private List<Map<String, Object>> rows(Joins.Plan plan) {
        try (var session = driver.session()) {
            return session.run(plan.text(), plan.parameters()).list(r -> Map.of("id", r.get("node").get("id").asString(), "sortValue",
                    r.get("sortValue").asObject()));
        }
    }

    private ProfiledPlan profile(String type, Page page) {
        Joins.Plan plan = plan(type, page, new HashMap<>());
        try (var session = driver.session()) {
            return session.run("PROFILE " + plan.text(), plan.parameters()).consume().profile();
        }
    }

    private List<Map<String, Object>> run(String type, Page page) {
        Joins.Plan plan = plan(type, page, new HashMap<>());
        try (var session = driver.session()) {
            return session.run(plan.text(), plan.parameters()).list(r -> Map.of("id", r.get("node").get("id").asString(), "sortValue",
                    r.get("sortValue").asObject()));
        }
    }

    /** The plan seeks or scans the index on {@code property} and no operator sorts or tops every row. */
    private static void assertIndexOrdered(ProfiledPlan plan, String property) {
        List<ProfiledPlan> operators = new ArrayList<>();
        collect(plan, operators);
        List<String> names = operators.stream().map(ProfiledPlan::operatorType).toList();
        assertThat(names).as("operators").noneMatch(n -> n.startsWith("Sort") || n.startsWith("Top"));
        ProfiledPlan index = operators.stream().filter(o -> o.operatorType().startsWith("NodeIndex")
                || o.operatorType().startsWith("NodeUniqueIndex")).findFirst()
                .orElseThrow(() -> new AssertionError("no index read in " + names));
        assertThat(index.arguments().get("Details").asString()).as("index operator").contains(property);
        assertThat(index.records()).as("rows read from the index").isLessThan(PARTNERS / 2);
    }

    private static void collect(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(child -> collect(child, into));
    }
}
