package com.ecosystemgraph.readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container image's health check (the image has no shell and no curl): asks the service in the
 * same container for its readiness, {@code GET http://127.0.0.1:$PORT/readyz}, and exits 0 when it
 * is UP, 1 otherwise. Uses nothing but the JDK, so it starts with {@code -cp /app/classes} alone.
 */
public final class ReadinessProbe {

    private ReadinessProbe() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(4)).build(), HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
