package com.ecosystemgraph.cli;

import com.ecosystemgraph.bench.AnalyticsBench;
import com.ecosystemgraph.analytics.Rollups;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportReport;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.scoring.RankedProspect;
import com.ecosystemgraph.scoring.ScoringService;
import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.training.CandidateTrainer;
import com.ecosystemgraph.training.ModelTraining;
import com.ecosystemgraph.training.TrainingOptions;
import com.ecosystemgraph.training.TrainingProgress;
import com.ecosystemgraph.training.TrainingResult;
import java.io.IOException;
import java.time.Duration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the numbers in docs/benchmarks.md, measured the way a user meets them. For each
 * scale it generates the demo ecosystem, starts the whole service on a fresh embedded store,
 * imports (rows/s), times every analysis, and on the first scale times GraphQL requests over HTTP
 * (p50/p99); then the service's stop. Prints a Markdown table. Everything runs on this machine's loopback only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure import throughput, API latency and stop time on generated ecosystems.")
class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private EcosystemGraphCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--scales", split = ",", defaultValue = "1,10", description = "Demo ecosystem sizes to import (default: ${DEFAULT-VALUE}).")
    List<Double> scales;

    @Option(names = "--requests", defaultValue = "200", description = "Timed requests per API query (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--work-dir", description = "Where to put generated data and stores (default: a temporary folder).")
    Path workDir;

    /** The API queries timed on the first scale. */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("neighbourhood, depth 2, up to 2,000 nodes",
                "{ neighbourhood(ids: [\"P0001\", \"P0002\"], depth: 2, limit: 2000, perNodeLimit: 200) { truncated nodes { id kind label degree } edges { source target type } } }");
        QUERIES.put("neighbourhood, depth 1 (explorer double-click)",
                "{ neighbourhood(ids: [\"P0010\"], depth: 1) { truncated nodes { id kind label } edges { source target type } } }");
        QUERIES.put("50 partners with 10 deals each, customer and partners",
                "{ partners(first: 50) { totalCount edges { node { id name tier deals(first: 10) { totalCount edges { role node { id amount outcome customer { id name } partners { role partner { id } } } } } } } } }");
        QUERIES.put("deal stats over a filter",
                "{ dealStats(filter: {sources: [CO_SOLD, PARTNER_SOURCED], createdFrom: \"2025-01-01\"}) { count winRate wonAmount } }");
        QUERIES.put("search",
                "{ search(text: \"sys\", first: 10) { id name } }");
    }

    @Option(names = "--transaction-timeout", paramLabel = "DURATION", defaultValue = "20s", description = "Transaction timeout of the benchmarked service (default: ${DEFAULT-VALUE}, the service's own). "
            + "Raise it to measure analyses that take longer than the service allows.")
    String transactionTimeout;

    @Option(names = "--store", paramLabel = "DIR", description = "Time the analyses and scoring on this existing embedded store (e.g. a 100x import kept from an earlier run) "
            + "instead of generating and importing; --scales is then ignored.")
    Path store;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (store != null) {
            return timeExistingStore(out);
        }
        Path root = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("ecosystem-bench");
        out.printf(Locale.ROOT, "%n| scale | rows | import | rows/s | start (s) | stop (s) |%n|---|---|---|---|---|---|%n");
        List<String> latency = new ArrayList<>();
        List<String> analytics = new ArrayList<>();
        List<String> scoring = new ArrayList<>();
        boolean first = true;
        for (double scale : scales) {
            Path data = root.resolve("scale-" + scale);
            Path csv = data.resolve("csv");
            new DemoEcosystemGenerator().generate(DemoOptions.defaults().withScale(scale), csv);
            long startBegin = System.nanoTime();
            ConfigurableApplicationContext context = SpringApplication.run(parent.application(),
                    "--ecosystem.data-dir=" + data.resolve("store"), "--ecosystem.embedded.bolt-port=0", "--server.port=0",
                    "--ecosystem.demo.enabled=false", "--ecosystem.scoring.train-on-start=false",
                    "--ecosystem.neo4j.transaction-timeout=" + transactionTimeout,
                    "--logging.level.root=WARN");
            double startSeconds = (System.nanoTime() - startBegin) / 1e9;
            ImportReport report = context.getBean(ImportService.class).importFolder(csv, null, EcosystemImporter.Progress.NONE);
            analytics.add("### Analytics at " + scale + "x");
            StringWriter timings = new StringWriter();
            AnalyticsBench.run(context, new PrintWriter(timings, true));
            analytics.add(timings.toString());
            scoring.add(timeScoring(context, scale + "x", data.resolve("model")));
            if (first) {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                latency = timeQueries(port);
            }
            long stopBegin = System.nanoTime();
            context.close();
            double stopSeconds = (System.nanoTime() - stopBegin) / 1e9;
            out.printf(Locale.ROOT, "| %sx | %,d | %.1f s | %,.0f | %.1f | %.2f |%n", scale, report.rows(),
                    report.elapsed().toMillis() / 1000.0, report.rowsPerSecond(), startSeconds, stopSeconds);
            first = false;
            deleteQuietly(data);
        }
        out.printf(Locale.ROOT, "%n| query (scale %sx, %d timed requests each, after 20 warm-up) | p50 ms | p99 ms |%n|---|---|---|%n",
                scales.getFirst(), requests);
        latency.forEach(out::println);
        out.println();
        analytics.forEach(out::println);
        out.printf(Locale.ROOT,
                "%n| scale | partners and prospects | training (logistic regression only) | feature query | model | storing scores | rescoring in all | one explanation, median of 20 |%n|---|---|---|---|---|---|---|---|%n");
        scoring.forEach(out::println);
        return 0;
    }

    /** Starts the service on an existing store (nothing imported, nothing trained at start) and times what runs on it. */
    private int timeExistingStore(PrintWriter out) {
        if (!Files.isDirectory(store)) {
            spec.commandLine().getErr().println("--store: " + store + " is not a folder");
            return 2;
        }
        long startBegin = System.nanoTime();
        ConfigurableApplicationContext context = SpringApplication.run(parent.application(),
                "--ecosystem.data-dir=" + store.toAbsolutePath(), "--ecosystem.embedded.bolt-port=0", "--server.port=0",
                "--ecosystem.demo.enabled=false", "--ecosystem.scoring.train-on-start=false",
                "--ecosystem.neo4j.transaction-timeout=" + transactionTimeout, "--logging.level.root=WARN");
        out.printf(Locale.ROOT, "Started on %s in %.1f s%n", store, (System.nanoTime() - startBegin) / 1e9);
        try (context) {
            // Nothing may run beside the timed analyses: the service's start-up scoring (a stored
            // model scores every partner) and a rebuild of stale rollups finish first.
            long waitBegin = System.nanoTime();
            try {
                context.getBean(ScoringService.class).awaitStarted(Duration.ofMinutes(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
            out.printf(Locale.ROOT, "Start-up scoring finished after %.1f s%n", (System.nanoTime() - waitBegin) / 1e9);
            Rollups.Refresh rollups = context.getBean(Rollups.class).refresh();
            out.printf(Locale.ROOT, "Analytics rollups refreshed (%d deal months, %d partners) in %.1f s%n%n", rollups.months(),
                    rollups.partners(), rollups.took().toMillis() / 1000.0);
            AnalyticsBench.run(context, out);
            out.printf(Locale.ROOT,
                    "| store | partners and prospects | training (logistic regression only) | feature query | model | storing scores | rescoring in all | one explanation, median of 20 |%n|---|---|---|---|---|---|---|---|%n");
            out.println(timeScoring(context, store.getFileName().toString(), store.resolve("bench-model-" + System.currentTimeMillis())));
        }
        return 0;
    }

    /**
     * The Ideal Partner Profile path after an import: a quick model (logistic regression only, so the
     * row measures the graph work, not trainer comparison), then the rescoring the service does
     * (feature query, model, storing the scores on the nodes) and explanations.
     */
    private static String timeScoring(ConfigurableApplicationContext context, String label, Path modelDir) {
        ScoringService service = context.getBean(ScoringService.class);
        long t0 = System.nanoTime();
        TrainingResult trained = ModelTraining.train(context.getBean(Driver.class),
                context.getBean(EcosystemProperties.class).neo4j().database(),
                TrainingOptions.defaults().withCandidates(List.of(CandidateTrainer.LOGISTIC)), modelDir, TrainingProgress.NONE);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        service.load(trained.directory());
        ScoringService.RescoreTiming timing = service.lastRescore().orElseThrow();
        List<String> ids = service.prospectRanking(new ScoringService.ProspectFilter(null, null, null, null), null).stream()
                .limit(20).map(RankedProspect::id).toList();
        List<Long> nanos = new ArrayList<>();
        for (String id : ids) {
            long begin = System.nanoTime();
            service.explanation(id);
            nanos.add(System.nanoTime() - begin);
        }
        nanos.sort(Comparator.naturalOrder());
        return String.format(Locale.ROOT, "| %s | %,d | %.1f s | %d ms | %d ms | %d ms | %d ms | %.0f ms |", label, timing.rows(),
                trainSeconds,
                timing.features().toMillis(), timing.scoring().toMillis(), timing.storing().toMillis(), timing.total().toMillis(),
                nanos.isEmpty() ? Double.NaN : percentile(nanos, 50) / 1e6);
    }

    private List<String> timeQueries(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("viewer:" + SecurityProperties.DEMO_VIEWER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
            String body = "{\"query\":" + quote(query.getValue()) + "}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json").header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < 20 + requests; i++) {
                long begin = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - begin;
                if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                    throw new IllegalStateException("Benchmark query failed: " + response.body());
                }
                if (i >= 20) {
                    nanos.add(took);
                }
            }
            nanos.sort(Comparator.naturalOrder());
            rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f |", query.getKey(), percentile(nanos, 50) / 1e6,
                    percentile(nanos, 99) / 1e6));
        }
        return rows;
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
