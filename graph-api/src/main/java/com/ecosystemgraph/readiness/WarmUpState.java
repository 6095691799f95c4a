package com.ecosystemgraph.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the start-up warm-up stands: what the readiness details, the refusal of early API requests
 * and the tests read. Thread-safe: written by the warm-up, read by request threads.
 */
@org.springframework.stereotype.Component
public final class WarmUpState {

    /** A snapshot: the step running, when the warm-up and the step started; done when ready. */
    public record Snapshot(boolean done, String step, Instant startedAt, Instant stepStartedAt, Duration took) {

        public Duration elapsed() {
            return done ? took : Duration.between(startedAt, Instant.now());
        }
    }

    private volatile Snapshot snapshot = new Snapshot(false, "starting", Instant.now(), Instant.now(), null);

    public Snapshot snapshot() {
        return snapshot;
    }

    public boolean done() {
        return snapshot.done();
    }

    /** Why the service is not ready yet, empty once warm. */
    public Optional<String> warmingUp() {
        Snapshot s = snapshot;
        return s.done() ? Optional.empty() : Optional.of(s.step());
    }

    void step(String description) {
        snapshot = new Snapshot(false, description, snapshot.startedAt(), Instant.now(), null);
    }

    void finished(Duration took) {
        snapshot = new Snapshot(true, "ready", snapshot.startedAt(), Instant.now(), took);
    }
}
