package com.ecosystemgraph.readiness;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code warmUp} component of the readiness group: OUT_OF_SERVICE with the step under way until
 * the start-up warm-up finished. Its details are public (the web client shows them while it waits).
 */
@Component
class WarmUpHealthIndicator implements HealthIndicator {

    private final WarmUpState state;

    WarmUpHealthIndicator(WarmUpState state) {
        this.state = state;
    }

    @Override
    public Health health() {
        WarmUpState.Snapshot s = state.snapshot();
        if (s.done()) {
            return Health.up().withDetail("tookSeconds", seconds(s.took().toMillis())).build();
        }
        return Health.status(Status.OUT_OF_SERVICE).withDetail("step", s.step()).withDetail("since", s.startedAt().toString())
                .withDetail("elapsedSeconds", seconds(s.elapsed().toMillis())).build();
    }

    private static double seconds(long millis) {
        return Math.round(millis / 100.0) / 10.0;
    }
}
