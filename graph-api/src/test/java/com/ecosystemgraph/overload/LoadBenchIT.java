package com.ecosystemgraph.overload;

import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.support.ChildJvm;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.OpenLoop;
import com.ecosystemgraph.support.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The load bench (heavy profile; numbers for docs/benchmarks.md, nothing asserted): the service in a
 * JVM of its own on the demo ecosystem ({@code -Xmx1500m}, generational ZGC, page cache 256 MB, no rate per client),
 * driven at fixed arrival rates from this JVM with HTTP Basic as the viewer, as the probe did.
 * It measures the unloaded p99, sweeps the light query's rate to find the sustainable rate (the
 * highest with nothing shed and at least 95 % of the offered rate answered), then runs twice that,
 * one heavy analysis per second beside light traffic, and heavy and mixed overload. Prints one
 * table and the targets' checks.
 *
 * <pre>
 * ./mvnw -B -Pheavy -pl graph-api -am verify -Dit.test=LoadBenchIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dload.gc} (-XX:+UseZGC) the service's GC option, {@code -Dload.seconds} (20) per run, {@code -Dload.rates} (10,20,40,80,160) for the sweep,
 * {@code -Dload.scale} (1.0) of the demo.
 */
@EnabledIfSystemProperty(named = "load.bench", matches = "true")
class LoadBenchIT {

    private static final Duration SECONDS = Duration.ofSeconds(Integer.getInteger("load.seconds", 20));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void measure() throws Exception {
        Path home = TestNeo4j.temporaryFolder("load-bench");
        int port = ChildJvm.freePort();
        String base = "http://localhost:" + port;
        String[] viewer = {"Authorization", Http.basic("viewer", SecurityProperties.DEMO_VIEWER_PASSWORD)};
        try (ChildJvm service = ChildJvm.start("com.ecosystemgraph.EcosystemGraphApplication", home.resolve("service.log"), "1500m",
                // As deployed (docs/operations.md "JVM settings"): the GC sets the p99 and the shed latency measured here.
                List.of(System.getProperty("load.gc", "-XX:+UseZGC")), "--server.port=" + port,
                "--ecosystem.data-dir=" + home.resolve("data"), "--ecosystem.embedded.bolt-port=0",
                "--ecosystem.embedded.page-cache=256MB", "--ecosystem.demo.scale=" + System.getProperty("load.scale", "1.0"),
                "--ecosystem.scoring.train-on-start=false", "--ecosystem.load.rate-limit=0")) {
            service.line(line -> line.contains("Ecosystem Graph is ready at")).get(30, TimeUnit.MINUTES);
            List<String> rows = new ArrayList<>();
            OpenLoop.run("warm", base,
                    List.of(new OpenLoop.Stream("light", LoadIT.LIGHT, 5), new OpenLoop.Stream("heavy", LoadIT.HEAVY, 1)),
                    Duration.ofSeconds(10), PATIENCE, viewer);

            OpenLoop.Result unloaded = run(rows, "unloaded", base, viewer, Map.of("light", 2.0, "heavy", 0.0));
            double p99Light = unloaded.percentile("light", OpenLoop.Kind.ANSWERED, 99);
            OpenLoop.Result unloadedHeavy = run(rows, "unloaded heavy", base, viewer, Map.of("light", 0.0, "heavy", 0.5));
            double p99Heavy = unloadedHeavy.percentile("heavy", OpenLoop.Kind.ANSWERED, 99);

            double sustainable = 0;
            for (String rate : System.getProperty("load.rates", "10,20,40,80,160").split(",")) {
                double perSecond = Double.parseDouble(rate.strip());
                OpenLoop.Result step = run(rows, "sweep", base, viewer, Map.of("light", perSecond, "heavy", 0.0));
                boolean keptUp = step.count("light", OpenLoop.Kind.SHED) == 0 && step.count("light", OpenLoop.Kind.ERROR) == 0
                        && step.count("light", OpenLoop.Kind.ANSWERED) >= 0.95 * perSecond * SECONDS.toSeconds();
                if (keptUp) {
                    sustainable = perSecond;
                } else {
                    break;
                }
            }
            double twice = 2 * Math.max(sustainable, 5);
            OpenLoop.Result overload = run(rows, "2x sustainable", base, viewer, Map.of("light", twice, "heavy", 0.0));
            double fairRate = Math.max(5, Math.min(10, sustainable / 2));
            OpenLoop.Result alone = run(rows, "light alone", base, viewer, Map.of("light", fairRate, "heavy", 0.0));
            OpenLoop.Result beside = run(rows, "light + 1 heavy/s", base, viewer, Map.of("light", fairRate, "heavy", 1.0));
            run(rows, "heavy overload", base, viewer, Map.of("light", 0.0, "heavy", 10.0));
            run(rows, "mixed 2x", base, viewer, Map.of("light", twice, "heavy", 2.0));

            long answeredInTime = overload.of("light").stream()
                    .filter(o -> o.kind() == OpenLoop.Kind.ANSWERED && o.millis() <= 2 * p99Light).count();
            long answeredLate = overload.of("light").stream().filter(o -> o.kind() == OpenLoop.Kind.ANSWERED && o.millis() > 2 * p99Light)
                    .count();
            long shedFast = overload.of("light").stream().filter(o -> o.kind() == OpenLoop.Kind.SHED && o.millis() <= 50).count();
            long shedSlow = overload.of("light").stream().filter(o -> o.kind() == OpenLoop.Kind.SHED && o.millis() > 50).count();
            System.out.printf(Locale.ROOT, "%nLoad bench, demo ecosystem x%s, %d s per run, load average before: %s%n%s%n",
                    System.getProperty("load.scale", "1.0"), SECONDS.toSeconds(), loadAverage(),
                    OpenLoop.Result.header().replace("in flight max |",
                            "in flight max | load avg |")
                            .replace("|---|---|---|---|---|---|---|---|---|---|---|", "|---|---|---|---|---|---|---|---|---|---|---|---|"));
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%nunloaded p99: light %.0f ms, heavy %.0f ms; sustainable light rate %.0f/s%n", p99Light,
                    p99Heavy, sustainable);
            System.out.printf(Locale.ROOT,
                    "at %.0f/s (2x): %d answered within 2x the unloaded p99 (%.0f ms), %d answered later, %d shed within 50 ms, "
                            + "%d shed later, %d errors; in flight at most %d%n",
                    twice, answeredInTime, 2 * p99Light, answeredLate, shedFast, shedSlow,
                    overload.count("light", OpenLoop.Kind.ERROR), overload.maxInFlight());
            System.out.printf(Locale.ROOT,
                    "light at %.0f/s: p99 %.0f ms alone, %.0f ms with one heavy analysis per second beside it (%+.0f %%)%n", fairRate,
                    alone.percentile("light", OpenLoop.Kind.ANSWERED, 99), beside.percentile("light", OpenLoop.Kind.ANSWERED, 99),
                    100 * (beside.percentile("light", OpenLoop.Kind.ANSWERED, 99) / alone.percentile("light", OpenLoop.Kind.ANSWERED, 99)
                            - 1));
            service.stop();
        } finally {
            TestNeo4j.deleteRecursively(home);
        }
    }

    private static OpenLoop.Result run(List<String> rows, String name, String base, String[] viewer, Map<String, Double> rates) {
        List<OpenLoop.Stream> streams = new ArrayList<>();
        Map<String, Double> offered = new LinkedHashMap<>();
        for (String stream : List.of("light", "heavy")) {
            double rate = rates.getOrDefault(stream, 0.0);
            if (rate > 0) {
                streams.add(new OpenLoop.Stream(stream, stream.equals("light") ? LoadIT.LIGHT : LoadIT.HEAVY, rate));
                offered.put(stream, rate);
            }
        }
        String load = loadAverage();
        OpenLoop.Result result = OpenLoop.run(name, base, streams, SECONDS, PATIENCE, viewer);
        result.rows(offered).forEach(row -> rows.add(row + " " + load + " |"));
        return result;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
