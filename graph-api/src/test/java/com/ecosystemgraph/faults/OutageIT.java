package com.ecosystemgraph.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.support.ChildJvm;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.Neo4jServerMain;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database outage under a steady trickle of requests (issue 13 item 3, issue 20 item 4): Neo4j runs
 * in a JVM of its own and the service reaches it by {@code NEO4J_URI} (the external path, routing
 * driver). Neo4j is killed, then started again on the same store and port, while a request is sent
 * every 200 ms and readiness is polled. Asserted: every request while the database is down is
 * {@code 503 UNAVAILABLE} with {@code Retry-After} (none 200, none INTERNAL_ERROR, none TIMEOUT),
 * readiness goes DOWN and comes back UP, the log says it once with the outage's duration, and
 * requests succeed again within 30 s of the database being back, without a restart. The timings
 * (slowest refusal, recovery) are printed for docs/benchmarks.md.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutageIT {

    private static final String VIEWER_PASSWORD = "viewer-outage";

    /** One request of the trickle, or one readiness poll. */
    private record Sample(long at, int status, String classification, String retryAfter, long millis) {
    }

    @Test
    void whileNeo4jIsDownRequestsFailFastWith503AndTheyAnswerAgainWhenItIsBack(CapturedOutput output) throws Exception {
        Path home = TestNeo4j.temporaryFolder("outage");
        int boltPort = ChildJvm.freePort();
        ChildJvm neo4j = ChildJvm.start(Neo4jServerMain.class.getName(), home.resolve("neo4j.log"), "768m", home.resolve("db").toString(),
                String.valueOf(boltPort));
        String password = neo4j.line(line -> line.startsWith("NEO4J READY")).get(10, TimeUnit.MINUTES).substring("NEO4J READY ".length());
        List<Sample> requests = new CopyOnWriteArrayList<>();
        List<Sample> readiness = new CopyOnWriteArrayList<>();
        ScheduledExecutorService trickle = Executors.newScheduledThreadPool(2, Thread.ofVirtual().factory());
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(EcosystemGraphApplication.class).run("--server.port=0",
                "--ecosystem.neo4j.uri=neo4j://localhost:" + boltPort, "--ecosystem.neo4j.password=" + password,
                "--ecosystem.data-dir=" + home.resolve("unused"), "--ecosystem.demo.enabled=false",
                "--ecosystem.scoring.train-on-start=false", "--ecosystem.warm-up.enabled=false",
                "--ecosystem.security.viewer-password=" + VIEWER_PASSWORD, "--ecosystem.security.recruiter-password=recruiter-outage",
                "--ecosystem.security.admin-password=admin-outage")) {
            Path fixture = Path.of(OutageIT.class.getResource("/ecosystem/small").toURI());
            assertThat(service.getBean(ImportService.class).importFolder(fixture, null, EcosystemImporter.Progress.NONE).succeeded())
                    .isTrue();
            String base = "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            String viewer = Http.basic("viewer", VIEWER_PASSWORD);

            trickle.scheduleAtFixedRate(() -> {
                long t0 = System.nanoTime();
                Http.Answer answer = Http.graphql(base, "{ partners(first: 1) { totalCount } }", "Authorization", viewer);
                requests.add(new Sample(t0, answer.status(), answer.classification(), answer.retryAfter(),
                        (System.nanoTime() - t0) / 1_000_000));
            }, 0, 200, TimeUnit.MILLISECONDS);
            trickle.scheduleAtFixedRate(() -> {
                long t0 = System.nanoTime();
                readiness.add(new Sample(t0, Http.get(base + "/readyz").status(), null, null, 0));
            }, 0, 500, TimeUnit.MILLISECONDS);
            Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> requests.stream().filter(s -> s.status() == 200).count() >= 5);

            long killed = System.nanoTime();
            neo4j.kill();
            Awaitility.await().atMost(2, TimeUnit.MINUTES).until(() -> after(readiness, killed).stream().anyMatch(s -> s.status() == 503)
                    && after(requests, killed).stream().filter(s -> s.status() == 503).count() >= 10);

            long restarted = System.nanoTime();
            neo4j = ChildJvm.start(Neo4jServerMain.class.getName(), home.resolve("neo4j.log"), "768m", home.resolve("db").toString(),
                    String.valueOf(boltPort));
            neo4j.line(line -> line.startsWith("NEO4J READY")).get(10, TimeUnit.MINUTES);
            long back = System.nanoTime();
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> after(requests, back).stream().anyMatch(s -> s.status() == 200));
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> after(readiness, back).stream().anyMatch(s -> s.status() == 200));
            long firstAnswer = after(requests, back).stream().filter(s -> s.status() == 200).mapToLong(Sample::at).min().orElseThrow();
            long firstReady = after(readiness, back).stream().filter(s -> s.status() == 200).mapToLong(Sample::at).min().orElseThrow();
            trickle.shutdownNow();

            // Between the kill and the database being back: answered, and only as "unavailable".
            List<Sample> during = new ArrayList<>();
            for (Sample s : requests) {
                long answered = s.at() + s.millis() * 1_000_000;
                if (s.at() > killed && answered < restarted) {
                    during.add(s);
                }
            }
            assertThat(during).isNotEmpty();
            for (Sample s : during) {
                if (s.status() != 200) {
                    assertThat(s.status()).as("a request during the outage: %s", s).isEqualTo(503);
                    assertThat(s.classification()).isEqualTo("UNAVAILABLE");
                    assertThat(s.retryAfter()).isEqualTo("5");
                }
            }
            assertThat(during.stream().filter(s -> s.status() == 200).count()).as("at most the ones in flight at the kill")
                    .isLessThanOrEqualTo(1);
            assertThat(output.getOut()).doesNotContain("Internal error");
            Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> output.getOut().contains("The database is reachable again after"));
            assertThat(occurrences(output.getOut(), "The database cannot be reached")).isEqualTo(1);
            assertThat(occurrences(output.getOut(), "The database is reachable again after")).isEqualTo(1);

            long slowest = during.stream().mapToLong(Sample::millis).max().orElse(0);
            long[] sorted = during.stream().mapToLong(Sample::millis).sorted().toArray();
            double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
            System.out.printf(Locale.ROOT,
                    "%nOutage: %d requests while Neo4j was down (killed to back up): all 503 UNAVAILABLE, median %.0f ms, "
                            + "slowest %d ms; readiness DOWN %.1f s after the kill; Neo4j restarted in %.1f s; first request answered %.1f s "
                            + "and readiness UP %.1f s after Neo4j was back%n",
                    during.size(), median, slowest,
                    (after(readiness, killed).stream().filter(s -> s.status() == 503).mapToLong(Sample::at).min().orElseThrow() - killed)
                            / 1e9,
                    (back - restarted) / 1e9, (firstAnswer - back) / 1e9, (firstReady - back) / 1e9);
        } finally {
            trickle.shutdownNow();
            neo4j.close();
            TestNeo4j.deleteRecursively(home);
        }
    }

    private static List<Sample> after(List<Sample> samples, long from) {
        return samples.stream().filter(s -> s.at() >= from).toList();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
