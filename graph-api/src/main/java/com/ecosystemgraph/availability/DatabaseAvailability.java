package com.ecosystemgraph.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, observed by requests that failed on it and by the readiness
 * check ({@code readiness/DatabaseHealthIndicator}), which alone declares it reachable again.
 *
 * <p>An outage is logged twice, whatever the traffic: one WARN when it is first noticed (with the
 * driver's reason, no stack trace) and one INFO when it ends, with its duration and how many requests
 * were answered {@code UNAVAILABLE} meanwhile. Before, every request during an outage logged a stack
 * trace per field (about 173 lines each).
 */
@Component
public class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);
    /** What a client is told while the database cannot be reached (classification UNAVAILABLE, HTTP 503). */
    public static final String CLIENT_MESSAGE = "The database is unavailable; nothing was read or written. "
            + "The service answers again as soon as it is back: retry in a few seconds";

    /** An outage in progress. */
    private record Outage(Instant since, String reason) {
    }

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<Outage> outage = new AtomicReference<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong skippedWork = new AtomicLong();

    @Autowired
    public DatabaseAvailability(ApplicationEventPublisher events) {
        this(events, Clock.systemUTC());
    }

    DatabaseAvailability(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The database could not be reached: starts an outage (logged once) unless one is under way. */
    public void unreachable(Throwable cause) {
        unreachable(Unavailability.reason(cause));
    }

    public void unreachable(String reason) {
        Outage started = new Outage(clock.instant(), reason);
        if (outage.compareAndSet(null, started)) {
            refused.set(0);
            skippedWork.set(0);
            LOG.warn("The database cannot be reached ({}): API requests answer 503 UNAVAILABLE and readiness is DOWN until it is back",
                    reason);
        }
    }

    /** A check reached the database: ends the outage, if there was one (logged once, with its duration). */
    public void reachable() {
        Outage ended = outage.getAndSet(null);
        if (ended != null) {
            Duration lasted = Duration.between(ended.since(), clock.instant());
            LOG.info("The database is reachable again after {} (unreachable since {}; {} requests answered UNAVAILABLE{})",
                    words(lasted), ended.since(), refused.get(),
                    skippedWork.get() == 0 ? "" : ", " + skippedWork.get() + " audit events of refusals not recorded");
            events.publishEvent(new DatabaseReachableAgain(ended.since(), lasted));
        }
    }

    /** Counts a request answered UNAVAILABLE (for the line at the end of the outage). */
    public void refusedRequest() {
        refused.incrementAndGet();
    }

    /** Counts work skipped because the database is unreachable (an audit event of a refusal). */
    public void skipped() {
        skippedWork.incrementAndGet();
    }

    public boolean isReachable() {
        return outage.get() == null;
    }

    /** When the current outage was first noticed; empty while the database is reachable. */
    public Optional<Instant> unreachableSince() {
        Outage current = outage.get();
        return current == null ? Optional.empty() : Optional.of(current.since());
    }

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 1) {
            return duration.toMillis() + " ms";
        }
        return seconds < 120 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
