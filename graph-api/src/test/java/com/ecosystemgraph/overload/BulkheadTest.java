package com.ecosystemgraph.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class BulkheadTest {

    @Test
    void pastThePermitsAndTheQueueARequestIsRefusedAtOnce() throws Exception {
        Bulkhead bulkhead = new Bulkhead("queries", 1, 1, Duration.ofMinutes(1));
        assertThat(bulkhead.enter()).as("the one permit").isNull();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Bulkhead.Refusal> waiter = CompletableFuture.supplyAsync(() -> enter(bulkhead), threads);
            Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> bulkhead.waiting() == 1);

            assertThat(bulkhead.enter()).as("the queue holds one: refused without waiting").isEqualTo(Bulkhead.Refusal.QUEUE_FULL);
            assertThat(waiter).isNotDone();

            bulkhead.release();
            assertThat(waiter.get(1, TimeUnit.MINUTES)).as("the waiter got the released permit").isNull();
            assertThat(bulkhead.running()).isEqualTo(1);
            assertThat(bulkhead.waiting()).isZero();
        }
        bulkhead.release();
        assertThat(bulkhead.running()).isZero();
        assertThat(bulkhead.mostRunningSinceLastAsked()).isEqualTo(1);
    }

    @Test
    void withoutAQueueEveryRequestPastThePermitsIsRefused() throws Exception {
        Bulkhead bulkhead = new Bulkhead("analytics", 2, 0, Duration.ofMinutes(1));
        assertThat(bulkhead.enter()).isNull();
        assertThat(bulkhead.enter()).isNull();
        assertThat(bulkhead.enter()).isEqualTo(Bulkhead.Refusal.QUEUE_FULL);
        bulkhead.release();
        assertThat(bulkhead.enter()).isNull();
    }

    private static Bulkhead.Refusal enter(Bulkhead bulkhead) {
        try {
            return bulkhead.enter();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
