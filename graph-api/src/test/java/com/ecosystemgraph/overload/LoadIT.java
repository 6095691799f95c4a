package com.ecosystemgraph.overload;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.OpenLoop;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load suite at its default size (a few seconds per run, on the small ecosystem, the service's
 * default limits): light, heavy and mixed traffic at fixed arrival rates, up to well past what the
 * service can run at once. Asserted is what a client sees, never a time: every request is answered,
 * or shed with {@code 503 OVERLOADED} / {@code 429} and {@code Retry-After}; nothing else (no 500,
 * no INTERNAL_ERROR, no time-out), and the service never runs more at once than its limits. The
 * numbers are printed; the heavy profile's {@code LoadBenchIT} measures them on the demo ecosystem
 * for docs/benchmarks.md.
 */
@ServiceTest
class LoadIT {

    static final String LIGHT = "{ partners(first: 20) { totalCount edges { node { id name type status tier region } } pageInfo { hasNextPage endCursor } } }";
    static final String HEAVY = "{ ecosystemKpis { totalWonAmount partnerSourcedShare activePartners bySource { source won lost wonAmount winRate } } }";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    MeterRegistry meters;

    @Test
    void pastCapacityEveryRequestIsAnsweredOrShedAndTheServiceRunsNoMoreThanItsLimits() {
        ServiceData.resetToFixture(driver, importService);
        String base = "http://localhost:" + port;
        String[] viewer = {"Authorization", Http.basic("viewer", Users.password(Role.VIEWER))};
        assertThat(Http.graphql(base, HEAVY, viewer).status()).as("rollups built before the runs").isEqualTo(200);
        double queriesLimit = gauge("ecosystem.load.limit", "queries");
        double analyticsLimit = gauge("ecosystem.load.limit", "analytics");
        gauge("ecosystem.load.running.max", "queries");
        gauge("ecosystem.load.running.max", "analytics");

        Duration seconds = Duration.ofSeconds(Integer.getInteger("load.seconds", 4));
        Map<String, List<OpenLoop.Stream>> runs = new LinkedHashMap<>();
        runs.put("light, unloaded", List.of(new OpenLoop.Stream("light", LIGHT, 5)));
        runs.put("light, overload", List.of(new OpenLoop.Stream("light", LIGHT, 400)));
        runs.put("heavy, overload", List.of(new OpenLoop.Stream("heavy", HEAVY, 40)));
        runs.put("mixed", List.of(new OpenLoop.Stream("light", LIGHT, 100), new OpenLoop.Stream("heavy", HEAVY, 5)));

        StringBuilder table = new StringBuilder(OpenLoop.Result.header()).append('\n');
        for (var run : runs.entrySet()) {
            OpenLoop.Result result = OpenLoop.run(run.getKey(), base, run.getValue(), seconds, Duration.ofMinutes(1), viewer);
            Map<String, Double> offered = new LinkedHashMap<>();
            run.getValue().forEach(stream -> offered.put(stream.name(), stream.perSecond()));
            result.rows(offered).forEach(row -> table.append(row).append('\n'));

            assertThat(result.outcomes()).as(run.getKey()).isNotEmpty();
            assertThat(result.outcomes()).as("%s: answered or shed, nothing else", run.getKey())
                    .allSatisfy(outcome -> assertThat(outcome.kind()).as(outcome.toString()).isNotEqualTo(OpenLoop.Kind.ERROR));
            assertThat(result.outcomes().stream().filter(o -> o.kind() == OpenLoop.Kind.SHED))
                    .allSatisfy(shed -> assertThat(shed.retryAfter()).as(shed.toString()).isEqualTo("1"));
            assertThat(gauge("ecosystem.load.running.max", "queries")).as("%s: queries at once", run.getKey())
                    .isLessThanOrEqualTo(queriesLimit);
            assertThat(gauge("ecosystem.load.running.max", "analytics")).as("%s: analyses at once", run.getKey())
                    .isLessThanOrEqualTo(analyticsLimit);
        }
        System.out.printf("%nLoad (default size: the small ecosystem, %d s per run, the service in the test's JVM; limits %.0f queries, "
                + "%.0f analyses)%n%s", seconds.toSeconds(), queriesLimit, analyticsLimit, table);
    }

    private double gauge(String name, String pool) {
        return meters.get(name).tag("pool", pool).gauge().value();
    }
}
