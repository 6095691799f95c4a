// Requests per second of one GraphQL query over each credential kind (HTTP Basic, API key,
// browser session), measured side by side in one run against a running service: rounds of A B C
// (each kind for a few seconds at a fixed concurrency, kinds interleaved so the machine's drift
// hits them alike), medians reported; then the serial latency of { __typename } per kind.
// JDK only, run as a single-file program (docs/benchmarks.md, "Credential kinds"):
//
//   java graph-api/src/test/bench/CredentialBench.java http://localhost:8081 <api key> [user] [password]
//        [--connections 8] [--seconds 10] [--rounds 3] [--query '{ partners(first: 20) { edges { node { id name } } } }']

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

public class CredentialBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        String user = args.length > 2 && !args[2].startsWith("--") ? args[2] : "viewer";
        String password = args.length > 3 && !args[3].startsWith("--") ? args[3] : "viewer-demo";
        int connections = option(args, "--connections", 8);
        int seconds = option(args, "--seconds", 10);
        int rounds = option(args, "--rounds", 3);
        String query = text(args, "--query", "{ partners(first: 20) { edges { node { id name type region } } } }");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Map<String, Map<String, String>> kinds = new LinkedHashMap<>();
        kinds.put("basic", Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
        kinds.put("api-key", Map.of("X-API-Key", key));
        kinds.put("session", session(client, base, user, password));

        String body = "{\"query\":" + json(query) + "}";
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        for (var kind : kinds.entrySet()) {
            load(client, base, kind.getValue(), body, connections, 2); // warm-up
        }
        for (int round = 0; round < rounds; round++) {
            for (var kind : kinds.entrySet()) {
                results.get(kind.getKey()).add(load(client, base, kind.getValue(), body, connections, seconds));
            }
        }
        System.out.printf(Locale.ROOT, "query: %s%nconnections %d, %d s per kind per round, %d rounds (A B C interleaved), medians:%n",
                query, connections, seconds, rounds);
        System.out.printf(Locale.ROOT, "%-10s %10s %10s %10s %8s%n", "kind", "req/s", "p50 ms", "p99 ms", "errors");
        for (var entry : results.entrySet()) {
            List<double[]> r = entry.getValue();
            System.out.printf(Locale.ROOT, "%-10s %10.0f %10.1f %10.1f %8.0f%n", entry.getKey(), median(r, 0), median(r, 1), median(r, 2), median(r, 3));
        }
        String typename = "{\"query\":\"{ __typename }\"}";
        System.out.printf(Locale.ROOT, "serial { __typename }, 200 requests after 50 warm-up, per kind:%n");
        for (var kind : kinds.entrySet()) {
            double[] ms = new double[200];
            for (int i = -50; i < 200; i++) {
                long started = System.nanoTime();
                send(client, base, kind.getValue(), typename);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - started) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-10s mean %6.2f ms, p50 %6.2f ms, p99 %6.2f ms%n", kind.getKey(),
                    Arrays.stream(ms).average().orElse(0), ms[100], ms[197]);
        }
    }

    /** {requests/s, p50 ms, p99 ms, errors} of one kind over one window. */
    private static double[] load(HttpClient client, String base, Map<String, String> headers, String body, int connections, int seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> response = send(client, base, headers, body);
                            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - t) / 1e6);
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted.length / elapsed, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)], errors.get()};
    }

    private static HttpResponse<String> send(HttpClient client, String base, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the web client does (CSRF token, /api/login) and returns the headers of a session request. */
    private static Map<String, String> session(HttpClient client, String base, String user, String password) throws Exception {
        HttpResponse<String> start = client.send(HttpRequest.newBuilder(URI.create(base + "/api/session")).build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(start, "XSRF-TOKEN");
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + login.statusCode());
        }
        String session = cookie(login, "JSESSIONID");
        String rotated = cookie(login, "XSRF-TOKEN");
        String token = rotated == null || rotated.isEmpty() ? xsrf : rotated;
        return Map.of("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + token, "X-XSRF-TOKEN", token);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("set-cookie")) {
            if (header.startsWith(name + "=")) {
                return header.substring(name.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
            }
        }
        return null;
    }

    private static double median(List<double[]> rounds, int index) {
        double[] values = rounds.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static int option(String[] args, String name, int fallback) {
        String value = text(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String text(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
