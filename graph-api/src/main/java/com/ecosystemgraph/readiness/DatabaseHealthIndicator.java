package com.ecosystemgraph.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code database} component of the readiness group: DOWN while the database cannot be
 * reached, so a load balancer sends nobody to an instance that would only time out. Checked in the
 * background every {@link #EVERY} (a health request never waits on the network); two failed checks
 * in a row make it DOWN, one good check UP again. Liveness does not include it: restarting the
 * service does not bring a database back.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthIndicator.class);
    static final Duration EVERY = Duration.ofSeconds(5);

    private final Driver driver;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "database-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int failures;
    private volatile Instant unreachableSince;

    DatabaseHealthIndicator(Driver driver) {
        this.driver = driver;
        checker.scheduleWithFixedDelay(this::check, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        try {
            driver.verifyConnectivity();
            if (unreachableSince != null) {
                LOG.info("The database is reachable again (unreachable since {})", unreachableSince);
            }
            failures = 0;
            unreachableSince = null;
        } catch (RuntimeException e) {
            if (++failures == 2) {
                unreachableSince = Instant.now().minus(EVERY);
                LOG.warn("The database cannot be reached: readiness is DOWN until it can ({})", e.getMessage());
            }
        }
    }

    @Override
    public Health health() {
        Instant since = unreachableSince;
        return since == null ? Health.up().build() : Health.down().withDetail("unreachableSince", since.toString()).build();
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
