package com.ecosystemgraph.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.EcosystemGraphApplication;
import com.ecosystemgraph.security.SecurityProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Ready means warm: while the start-up warm-up runs, the service is live but not ready, and API
 * requests are told it is warming up; once the warm-up is done readiness is UP, the API answers and
 * the log says so in one line. A warm-up step of the test holds the start at a known point.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessIT {

    @TempDir
    Path dataDir;

    /** A warm-up step that waits until the test lets it finish (between the rollups and the analyses). */
    static final class HeldStep implements WarmUpStep, Ordered {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String description() {
            return "waiting for the test";
        }

        @Override
        public void run() {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public int getOrder() {
            return 250;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessIsDownAndTheApiSaysWarmingUpUntilTheWarmUpIsDoneThenUp(CapturedOutput output) throws Exception {
        HeldStep held = new HeldStep();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        SpringApplicationBuilder application = new SpringApplicationBuilder(EcosystemGraphApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("heldStep", held))
                .listeners(event -> {
                    if (event instanceof WebServerInitializedEvent initialized) {
                        port.complete(initialized.getWebServer().getPort());
                    }
                });
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> application.run(
                "--server.port=0", "--ecosystem.data-dir=" + dataDir, "--ecosystem.embedded.bolt-port=0",
                "--ecosystem.embedded.page-cache=64MB", "--ecosystem.demo.enabled=false", "--ecosystem.scoring.train-on-start=false"));
        try {
            assertThat(held.entered.await(3, TimeUnit.MINUTES)).as("the warm-up reached the held step").isTrue();
            int p = port.get(10, TimeUnit.SECONDS);

            HttpResponse<String> readiness = get(p, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"OUT_OF_SERVICE\"").contains("\"step\":\"waiting for the test\"");
            assertThat(get(p, "/readyz").statusCode()).isEqualTo(503);
            HttpResponse<String> liveness = get(p, "/livez");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).contains("\"status\":\"UP\"");

            HttpResponse<String> early = kpis(p);
            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(early.headers().firstValue("Retry-After")).contains("5");
            assertThat(early.body()).contains("\"classification\":\"WARMING_UP\"")
                    .contains("Ecosystem Graph is warming up (waiting for the test;");
            assertThat(output).doesNotContain("Ecosystem Graph is ready at");

            held.release.countDown();
            started.get(3, TimeUnit.MINUTES);

            HttpResponse<String> ready = get(p, "/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"UP\"");
            HttpResponse<String> answered = kpis(p);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("\"ecosystemKpis\"").doesNotContain("\"errors\"");
            assertThat(output).contains("Ecosystem Graph is ready at http://localhost:" + p + "/ (0 partners, 0 prospects, ")
                    .contains("Warm-up: waiting for the test took");
        } finally {
            held.release.countDown();
            started.thenAccept(ConfigurableApplicationContext::close).get(3, TimeUnit.MINUTES);
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> kpis(int port) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString(("viewer:" + SecurityProperties.DEMO_VIEWER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ ecosystemKpis { totalWonAmount } }\"}"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
