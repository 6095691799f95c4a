package com.ecosystemgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to a running service, for tests that look at status codes and headers as a client sees them. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One answer: status, the Retry-After header (or null), the body as JSON (or null), and the raw body. */
    public record Answer(int status, String retryAfter, JsonNode json, String body) {
        public String classification() {
            return json == null ? null : json.at("/errors/0/extensions/classification").asString(null);
        }
    }

    private Http() {
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POST /graphql with the given headers (name, value, name, value ...). */
    public static Answer graphql(String base, String document, String... headers) {
        return graphql(base, document, Map.of(), headers);
    }

    /** POST /graphql with variables (none when empty) and the given headers (name, value, name, value ...). */
    public static Answer graphql(String base, String document, Map<String, Object> variables, String... headers) {
        try {
            Map<String, Object> body = variables.isEmpty() ? Map.of("query", document) : Map.of("query", document, "variables", variables);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                    .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return answer(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer get(String url) {
        try {
            return answer(CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        JsonNode json;
        try {
            json = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (RuntimeException e) {
            json = null;
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), json, response.body());
    }
}
