package com.ecosystemgraph.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An open-loop load: requests sent at a fixed arrival rate whatever the answers do (a closed loop of
 * N clients would slow down with the service and hide its queue), each answer recorded with its
 * latency and kind. Reports the achieved rate, p50/p99 of the answers, how many were shed (503
 * OVERLOADED, 429) and how fast, and the most requests in flight at once.
 */
public final class OpenLoop {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();

    /** One kind of request of a mix, sent at {@code perSecond}. */
    public record Stream(String name, String document, double perSecond) {
    }

    /** What came back for one request. */
    public record Outcome(String stream, Kind kind, long millis, int status, String classification, String retryAfter) {
    }

    /** How a request ended, as the client sees it. */
    public enum Kind {
        ANSWERED, SHED, ERROR
    }

    /** A run's results. */
    public record Result(String name, double seconds, List<Outcome> outcomes, int maxInFlight) {

        public List<Outcome> of(String stream) {
            return outcomes.stream().filter(o -> o.stream().equals(stream)).toList();
        }

        public long count(String stream, Kind kind) {
            return of(stream).stream().filter(o -> o.kind() == kind).count();
        }

        public double percentile(String stream, Kind kind, double p) {
            long[] millis = of(stream).stream().filter(o -> o.kind() == kind).mapToLong(Outcome::millis).sorted().toArray();
            if (millis.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * millis.length);
            return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
        }

        /** One Markdown row per stream: offered and achieved rate, answered p50/p99, shed and their p99, errors, in flight. */
        public List<String> rows(Map<String, Double> offered) {
            List<String> rows = new ArrayList<>();
            for (String stream : offered.keySet()) {
                rows.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %d | %.0f | %.0f | %d | %.0f | %d | %d |", name, stream,
                        offered.get(stream), count(stream, Kind.ANSWERED) / seconds, count(stream, Kind.ANSWERED),
                        percentile(stream, Kind.ANSWERED, 50), percentile(stream, Kind.ANSWERED, 99), count(stream, Kind.SHED),
                        percentile(stream, Kind.SHED, 99), count(stream, Kind.ERROR), maxInFlight));
            }
            return rows;
        }

        public static String header() {
            return "| run | stream | offered /s | answered /s | answered | p50 ms | p99 ms | shed | shed p99 ms | errors | in flight max |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|";
        }
    }

    private OpenLoop() {
    }

    /**
     * Sends every stream at its rate for {@code duration}, then waits for the answers (each given up to
     * {@code patience}). Every request carries {@code headers}.
     */
    public static Result run(String name, String base, List<Stream> streams, Duration duration, Duration patience, String... headers) {
        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        List<java.util.concurrent.CompletableFuture<?>> sent = new CopyOnWriteArrayList<>();
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(streams.size());
        long started = System.nanoTime();
        for (Stream stream : streams) {
            long period = (long) (1e9 / stream.perSecond());
            byte[] body = JSON.writeValueAsBytes(Map.of("query", stream.document()));
            ticks.scheduleAtFixedRate(() -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql")).timeout(patience)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
                for (int i = 0; i + 1 < headers.length; i += 2) {
                    request.header(headers[i], headers[i + 1]);
                }
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                long t0 = System.nanoTime();
                sent.add(CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    inFlight.decrementAndGet();
                    outcomes.add(outcome(stream.name(), response, failure, millis));
                }));
            }, 0, period, TimeUnit.NANOSECONDS);
        }
        try {
            if (ticks.awaitTermination(duration.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the load stopped by itself");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ticks.shutdownNow();
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            // Every request has its own timeout (patience): this waits for the last answers, or their time-outs.
            java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .handle((ok, failure) -> ok).get(patience.toNanos() + Duration.ofSeconds(10).toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // counted as errors below: an answer that never came
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(name, seconds, List.copyOf(outcomes), maxInFlight.get());
    }

    private static Outcome outcome(String stream, HttpResponse<String> response, Throwable failure, long millis) {
        if (failure != null || response == null) {
            return new Outcome(stream, Kind.ERROR, millis, 0, String.valueOf(failure), null);
        }
        String classification = null;
        boolean errors = false;
        try {
            JsonNode json = JSON.readTree(response.body());
            errors = json.has("errors") && !json.get("errors").isEmpty();
            classification = errors ? json.at("/errors/0/extensions/classification").asString(null) : null;
        } catch (RuntimeException e) {
            errors = true;
        }
        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        Kind kind;
        if (response.statusCode() == 200 && !errors) {
            kind = Kind.ANSWERED;
        } else if ((response.statusCode() == 503 && "OVERLOADED".equals(classification))
                || (response.statusCode() == 429 && "RATE_LIMITED".equals(classification))) {
            kind = Kind.SHED;
        } else {
            kind = Kind.ERROR;
        }
        return new Outcome(stream, kind, millis, response.statusCode(), classification, retryAfter);
    }
}
