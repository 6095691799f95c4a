package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ecosystemgraph.analytics.Rollups;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Requests and controller methods run on platform threads (graphql/ControllerThreads): with virtual threads
 * the service run as {@code java -jar} could stop answering for good, every carrier pinned by a class being
 * loaded while the virtual thread holding the nested jar's monitor waited for one. The request is made to
 * wait where it can be seen, as in {@link RequestTimeoutIT}: the rollups refresh one caller at a time, and
 * the test is that caller.
 */
@ServiceTest
class PlatformThreadsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    Rollups rollups;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void aWaitingRequestOccupiesAPlatformThreadOfItsOwnExecutor() {
        ServiceData.resetToFixture(driver, importService);
        CompletableFuture<Http.Answer> answered;
        synchronized (rollups) {
            answered = CompletableFuture.supplyAsync(() -> Http.graphql("http://localhost:" + port, "{ ecosystemKpis { totalWonAmount } }",
                    "Authorization", Http.basic("viewer", Users.password(Role.VIEWER))));
            // Thread.getAllStackTraces() lists platform threads only: a virtual thread waiting here is not in it.
            Thread waiting = await().atMost(Duration.ofSeconds(30)).until(this::threadWaitingForTheRollups, Optional::isPresent)
                    .orElseThrow();
            assertThat(waiting.isVirtual()).isFalse();
            assertThat(waiting.getName())
                    .as("the controller method runs on the controllers' executor, so the request timeout applies")
                    .startsWith("graphql-");
        }
        assertThat(answered.join().status()).isEqualTo(200);
    }

    @Test
    void tomcatServesRequestsOnPlatformThreads() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        Executor executor = connector.getProtocolHandler().getExecutor();
        CompletableFuture<Boolean> virtual = new CompletableFuture<>();
        executor.execute(() -> virtual.complete(Thread.currentThread().isVirtual()));
        assertThat(virtual.join()).isFalse();
    }

    private Optional<Thread> threadWaitingForTheRollups() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getState() == Thread.State.BLOCKED)
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(frame -> frame.getClassName().startsWith(Rollups.class.getName())))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
