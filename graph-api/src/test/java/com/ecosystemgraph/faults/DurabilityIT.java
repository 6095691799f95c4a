package com.ecosystemgraph.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.SecurityProperties;
import com.ecosystemgraph.support.ChildJvm;
import com.ecosystemgraph.support.Http;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Durability under SIGKILL (issue 13, item 4): the service runs in a JVM of its own on an embedded
 * store; a writer sends mutations one after the other and records each one the service acknowledged
 * (HTTP 200, the customer in the payload, no errors); in the middle of the stream the service is
 * killed with SIGKILL, started again on the same store, and every acknowledged id must be there.
 * {@code -Ddurability.cycles} kills (3 by default, 20 in the heavy profile); the numbers are printed
 * for docs/benchmarks.md, none is asserted.
 */
class DurabilityIT {

    private static final int CYCLES = Integer.getInteger("durability.cycles", 3);
    /** Acknowledged writes in a cycle before the kill (the writer keeps writing: the kill lands mid-stream). */
    private static final int WRITES_BEFORE_KILL = Integer.getInteger("durability.writes", 20);

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path home = TestNeo4j.temporaryFolder("durability");
        int port = ChildJvm.freePort();
        String base = "http://localhost:" + port;
        String admin = Http.basic("admin", SecurityProperties.DEMO_ADMIN_PASSWORD);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> rows = new ArrayList<>();
        int lost = 0;
        int sent = 0;
        try {
            for (int cycle = 0; cycle <= CYCLES; cycle++) {
                long started = System.nanoTime();
                try (ChildJvm service = ChildJvm.start("com.ecosystemgraph.EcosystemGraphApplication", home.resolve("service.log"), "768m",
                        "--server.port=" + port, "--ecosystem.data-dir=" + home.resolve("data"), "--ecosystem.embedded.bolt-port=0",
                        "--ecosystem.embedded.page-cache=64MB", "--ecosystem.demo.enabled=false",
                        "--ecosystem.scoring.train-on-start=false",
                        "--ecosystem.warm-up.enabled=false", "--ecosystem.load.rate-limit=0", "--ecosystem.sign-in.max-failures=0")) {
                    service.line(line -> line.contains("Ecosystem Graph is ready at")).get(10, TimeUnit.MINUTES);
                    double ready = (System.nanoTime() - started) / 1e9;

                    List<String> missing = missing(base, admin, acknowledged);
                    lost += missing.size();
                    assertThat(missing).as("acknowledged before the kill, gone after the restart (cycle %d)", cycle).isEmpty();
                    if (cycle == CYCLES) {
                        rows.add(String.format(Locale.ROOT, "| %d (check only) | %.1f | %d | 0 | %d |", cycle, ready, acknowledged.size(),
                                missing.size()));
                        service.stop();
                        break;
                    }

                    AtomicInteger inCycle = new AtomicInteger();
                    AtomicInteger attempts = new AtomicInteger();
                    AtomicBoolean stop = new AtomicBoolean();
                    int thisCycle = cycle;
                    Thread writer = Thread.ofVirtual().start(() -> {
                        for (int n = 0; !stop.get(); n++) {
                            String id = "W" + thisCycle + "-" + n;
                            attempts.incrementAndGet();
                            try {
                                Http.Answer answer = Http.graphql(base,
                                        "mutation { upsertCustomer(input: {id: \"" + id + "\", name: \"Written "
                                                + id + "\"}) { customer { id } errors { message } } }",
                                        "Authorization", admin);
                                if (answer.status() == 200 && id.equals(answer.json().at("/data/upsertCustomer/customer/id").asString(null))
                                        && answer.json().at("/data/upsertCustomer/errors").isEmpty()) {
                                    acknowledged.add(id);
                                    inCycle.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                return; // the service is gone: nothing after this was acknowledged
                            }
                        }
                    });
                    Awaitility.await().atMost(5, TimeUnit.MINUTES).until(() -> inCycle.get() >= WRITES_BEFORE_KILL);
                    service.kill();
                    stop.set(true);
                    writer.join();
                    sent += attempts.get();
                    rows.add(String.format(Locale.ROOT, "| %d | %.1f | %d | %d | %d |", cycle, ready, acknowledged.size(),
                            attempts.get() - inCycle.get(),
                            missing.size()));
                }
            }
        } finally {
            System.out.printf(Locale.ROOT,
                    "%nDurability: %d kill -9 cycles, %d writes sent, %d acknowledged, %d acknowledged writes lost%n",
                    CYCLES, sent, acknowledged.size(), lost);
            System.out.println(
                    "| cycle | start to ready (s) | acknowledged so far | sent, not acknowledged (in flight at the kill) | lost |");
            System.out.println("|---|---|---|---|---|");
            rows.forEach(System.out::println);
            TestNeo4j.deleteRecursively(home);
        }
    }

    /**
     * The acknowledged ids the restarted service does not know, asked in batches of aliased lookups (at most
     * 25 root fields per document, the API's limit; a refused document must fail here, not count as lost).
     */
    private static List<String> missing(String base, String admin, Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<String> missing = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 25) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 25));
            StringBuilder query = new StringBuilder("{");
            for (int i = 0; i < batch.size(); i++) {
                query.append(" c").append(i).append(": customer(id: \"").append(batch.get(i)).append("\") { id }");
            }
            Http.Answer answer = Http.graphql(base, query.append(" }").toString(), "Authorization", admin);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().at("/errors").isMissingNode()).as(answer.body()).isTrue();
            for (int i = 0; i < batch.size(); i++) {
                if (!batch.get(i).equals(answer.json().at("/data/c" + i + "/id").asString(null))) {
                    missing.add(batch.get(i));
                }
            }
        }
        return missing;
    }

}
