package com.ecosystemgraph.overload;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * At most {@code permits} at once, at most {@code queueSize} waiting for one; past that, refused at
 * once. Waiters are served in arrival order, and how long one may wait follows the queue's recent
 * past (controlled delay, as in CoDel and Facebook's "Fail at Scale"): when the queue has been empty
 * within the last {@code queueTimeout}, a burst is under way and a waiter may wait up to
 * {@code queueTimeout}; when it has not, the service is overloaded rather than busy, and a waiter
 * gets a slot within {@link #OVERLOADED_WAIT} or is refused. So a page's burst of requests is
 * absorbed, while under sustained overload requests are answered about as fast as unloaded ones, or
 * refused within milliseconds, instead of all waiting.
 *
 * <p>That rule is for light work only ({@code controlledDelay}): an analysis takes hundreds of
 * milliseconds to seconds, so one Portfolio visit (more than ten at once over two slots) keeps the
 * queue busy longer than its timeout by itself, and the rule refused that visit's own later requests
 * within 20 ms (seen in the e2e suite). The analytics pool's waiters always wait up to their timeout;
 * its bounded queue is what protects the service.
 *
 * <p>Written here because the libraries at hand have either an unbounded number of waiters
 * (Resilience4j's semaphore bulkhead bounds only the wait) or run the work on their own threads.
 */
final class Bulkhead {

    /** Why a request got no permit. */
    enum Refusal {
        QUEUE_FULL, WAITED_TOO_LONG
    }

    /** Longest wait while the queue has not been empty for a whole {@code queueTimeout}. */
    static final Duration OVERLOADED_WAIT = Duration.ofMillis(20);

    private final String name;
    private final int permits;
    private final int queueSize;
    private final Duration queueTimeout;
    private final boolean controlledDelay;
    private final LongSupplier clock;
    private final Semaphore semaphore;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();
    /** When the queue was last seen empty. */
    private volatile long lastEmpty;

    /**
     * @param controlledDelay whether a waiter gets only {@link #OVERLOADED_WAIT} once the queue has not
     *     been empty for {@code queueTimeout}
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    Bulkhead(String name, int permits, int queueSize, Duration queueTimeout, boolean controlledDelay, LongSupplier clock) {
        this.name = name;
        this.permits = permits;
        this.queueSize = queueSize;
        this.queueTimeout = queueTimeout;
        this.controlledDelay = controlledDelay;
        this.clock = clock;
        this.semaphore = new Semaphore(permits, true);
        this.lastEmpty = clock.getAsLong();
    }

    /**
     * Takes a permit, waiting in the queue if there is room.
     *
     * @return null when it got one (call {@link #release()} exactly once), else why not
     */
    Refusal enter() throws InterruptedException {
        if (semaphore.tryAcquire()) {
            if (waiting.get() == 0) {
                lastEmpty = clock.getAsLong();
            }
        } else {
            int queued = waiting.incrementAndGet();
            if (queued > queueSize) {
                waiting.decrementAndGet();
                return Refusal.QUEUE_FULL;
            }
            if (queued == 1) {
                // The queue was empty until now, however long ago the last waiter left.
                lastEmpty = clock.getAsLong();
            }
            try {
                if (!semaphore.tryAcquire(longestWait().toNanos(), TimeUnit.NANOSECONDS)) {
                    return Refusal.WAITED_TOO_LONG;
                }
            } finally {
                if (waiting.decrementAndGet() == 0) {
                    lastEmpty = clock.getAsLong();
                }
            }
        }
        mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        return null;
    }

    /** How long a request that queues now may wait for a permit. */
    Duration longestWait() {
        boolean overloaded = controlledDelay && waiting.get() > 0 && clock.getAsLong() - lastEmpty > queueTimeout.toNanos();
        return overloaded && OVERLOADED_WAIT.compareTo(queueTimeout) < 0 ? OVERLOADED_WAIT : queueTimeout;
    }

    void release() {
        running.decrementAndGet();
        semaphore.release();
    }

    String name() {
        return name;
    }

    int permits() {
        return permits;
    }

    int queueSize() {
        return queueSize;
    }

    int running() {
        return running.get();
    }

    int waiting() {
        return waiting.get();
    }

    /** The most that ran at once since the last call (for the gauge), then starts over. */
    int mostRunningSinceLastAsked() {
        return mostRunning.getAndSet(running.get());
    }
}
