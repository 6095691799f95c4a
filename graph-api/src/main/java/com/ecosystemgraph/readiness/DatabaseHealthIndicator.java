package com.ecosystemgraph.readiness;

import com.ecosystemgraph.availability.DatabaseAvailability;
import com.ecosystemgraph.availability.Unavailability;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.neo4j.driver.Driver;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code database} component of the readiness group: DOWN while the database cannot be
 * reached, so a load balancer sends nobody to an instance that would only fail. The database is
 * checked in the background (a health request never waits on the network): every {@link #EVERY}
 * while it is reachable, every {@link #EVERY_DURING_OUTAGE} while it is not, each check given at most
 * {@link #CHECK_TIMEOUT} (a hung server counts as unreachable). Two failed checks in a row start an
 * outage, and so does one request that failed on the database ({@link DatabaseAvailability}); one good
 * check ends it. Liveness does not include it: restarting the service does not bring a database back.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(5);
    static final Duration EVERY_DURING_OUTAGE = Duration.ofSeconds(1);
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(3);

    private final Driver driver;
    private final DatabaseAvailability availability;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "database-check"));
    /** Runs the driver call, so that a hung one can be given up on. */
    private final ExecutorService caller = Executors.newSingleThreadExecutor(r -> daemon(r, "database-check-call"));
    private CompletableFuture<Void> pending;
    private volatile int failures;

    DatabaseHealthIndicator(Driver driver, DatabaseAvailability availability) {
        this.driver = driver;
        this.availability = availability;
        checker.schedule(this::checkAndReschedule, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkAndReschedule() {
        try {
            check();
        } finally {
            Duration next = availability.isReachable() ? EVERY : EVERY_DURING_OUTAGE;
            if (!checker.isShutdown()) {
                checker.schedule(this::checkAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** One check (the background thread runs it; tests call it directly). */
    synchronized void check() {
        if (pending == null || pending.isDone()) {
            pending = CompletableFuture.runAsync(driver::verifyConnectivity, caller);
        }
        try {
            pending.get(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            failures = 0;
            availability.reachable();
        } catch (ExecutionException e) {
            failed(e.getCause());
        } catch (TimeoutException e) {
            failed(new IllegalStateException(
                    "the database did not answer a connectivity check within " + CHECK_TIMEOUT.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(Throwable cause) {
        if (++failures >= 2 || !availability.isReachable()) {
            availability.unreachable(Unavailability.reason(cause));
        }
    }

    @Override
    public Health health() {
        return availability.unreachableSince()
                .map(since -> Health.down().withDetail("unreachableSince", since.toString()).build())
                .orElseGet(() -> Health.up().build());
    }

    @Override
    public void close() {
        checker.shutdownNow();
        caller.shutdownNow();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
