package com.ecosystemgraph.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class BulkheadTest {

    @Test
    void pastThePermitsAndTheQueueARequestIsRefusedAtOnce() throws Exception {
        Bulkhead bulkhead = new Bulkhead("queries", 1, 1, Duration.ofMinutes(1), true, System::nanoTime);
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
        Bulkhead bulkhead = new Bulkhead("analytics", 2, 0, Duration.ofMinutes(1), false, System::nanoTime);
        assertThat(bulkhead.enter()).isNull();
        assertThat(bulkhead.enter()).isNull();
        assertThat(bulkhead.enter()).isEqualTo(Bulkhead.Refusal.QUEUE_FULL);
        bulkhead.release();
        assertThat(bulkhead.enter()).isNull();
    }

    @Test
    void aLightRequestQueuingBehindAQueueThatHasNotBeenEmptyForItsTimeoutWaitsOnlyBriefly() throws Exception {
        AtomicLong now = new AtomicLong();
        Bulkhead bulkhead = new Bulkhead("queries", 1, 4, Duration.ofMinutes(1), true, now::get);
        assertThat(bulkhead.enter()).isNull();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Bulkhead.Refusal> first = CompletableFuture.supplyAsync(() -> enter(bulkhead), threads);
            Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> bulkhead.waiting() == 1);
            assertThat(bulkhead.longestWait()).as("a burst: the queue was empty a moment ago").isEqualTo(Duration.ofMinutes(1));

            now.addAndGet(Duration.ofMinutes(2).toNanos());
            assertThat(bulkhead.longestWait()).as("overload: not empty for longer than the timeout").isEqualTo(Bulkhead.OVERLOADED_WAIT);
            assertThat(bulkhead.enter()).as("refused after the short wait, not after a minute").isEqualTo(Bulkhead.Refusal.WAITED_TOO_LONG);

            bulkhead.release();
            assertThat(first.get(1, TimeUnit.MINUTES)).as("the earlier waiter keeps its place").isNull();
        }
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(bulkhead.longestWait()).as("the queue emptied: back to the full wait").isEqualTo(Duration.ofMinutes(1));
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Bulkhead.Refusal> next = CompletableFuture.supplyAsync(() -> enter(bulkhead), threads);
            Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> bulkhead.waiting() == 1);
            assertThat(bulkhead.longestWait()).as("the first to queue after a quiet spell meets an empty queue, not a standing one")
                    .isEqualTo(Duration.ofMinutes(1));
            bulkhead.release();
            assertThat(next.get(1, TimeUnit.MINUTES)).isNull();
        }
    }

    /** One Portfolio visit sends more than ten analyses over two slots: its own queue outlasts the timeout. */
    @Test
    void anAnalysisMayWaitItsWholeTimeoutHoweverLongTheQueueHasBeenBusy() throws Exception {
        AtomicLong now = new AtomicLong();
        Bulkhead bulkhead = new Bulkhead("analytics", 1, 24, Duration.ofSeconds(3), false, now::get);
        assertThat(bulkhead.enter()).isNull();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Bulkhead.Refusal> first = CompletableFuture.supplyAsync(() -> enter(bulkhead), threads);
            Awaitility.await().atMost(1, TimeUnit.MINUTES).until(() -> bulkhead.waiting() == 1);
            now.addAndGet(Duration.ofSeconds(10).toNanos());
            assertThat(bulkhead.longestWait()).isEqualTo(Duration.ofSeconds(3));
            bulkhead.release();
            assertThat(first.get(1, TimeUnit.MINUTES)).isNull();
        }
    }

    private static Bulkhead.Refusal enter(Bulkhead bulkhead) {
        try {
            return bulkhead.enter();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
