package com.ecosystemgraph.readiness;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the warm-up steps when the service starts. It is an {@link ApplicationRunner}: the web
 * server already listens (liveness UP, the readiness details and a "warming up" answer to API
 * requests can be read), and Spring Boot reports readiness ({@code ACCEPTING_TRAFFIC}) only after
 * the runners returned, so readiness is DOWN until every step ran. One-off commands (import,
 * rebuild-rollups) switch the optional steps off ({@code ecosystem.warm-up.enabled=false}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmUp.class);

    private final ObjectProvider<WarmUpStep> steps;
    private final WarmUpState state;

    StartupWarmUp(ObjectProvider<WarmUpStep> steps, WarmUpState state) {
        this.steps = steps;
        this.state = state;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        List<WarmUpStep> ordered = steps.orderedStream().filter(WarmUpStep::applies).toList();
        if (ordered.isEmpty()) {
            state.finished(Duration.ZERO);
            return;
        }
        for (WarmUpStep step : ordered) {
            state.step(step.description());
            long stepStarted = System.nanoTime();
            try {
                step.run();
                LOG.info("Warm-up: {} took {} ms", step.description(), millis(stepStarted));
            } catch (RuntimeException e) {
                if (step.required()) {
                    throw e;
                }
                LOG.warn("Warm-up: {} failed after {} ms; the service starts without it: {}", step.description(), millis(stepStarted),
                        e.getMessage());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        state.finished(took);
        LOG.info("Warmed up in {} ms ({} steps)", took.toMillis(), ordered.size());
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
