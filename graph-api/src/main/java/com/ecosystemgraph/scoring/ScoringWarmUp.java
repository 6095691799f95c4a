package com.ecosystemgraph.scoring;

import com.ecosystemgraph.readiness.WarmUpStep;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The model step of the start-up warm-up (after the demo load and the rollups): the serving model
 * is read from the model store and checked, and the stored scores are read (rescored only when they
 * are not current), so readiness reports the model every instance serves. With no model stored, one
 * instance trains it in the background and the step does not wait for it. One-off commands (import,
 * train) run without a web server and score explicitly, when their data is complete.
 */
@Component
@Order(250)
class ScoringWarmUp implements WarmUpStep {

    private final ScoringService scoring;
    private final ApplicationContext context;

    ScoringWarmUp(ScoringService scoring, ApplicationContext context) {
        this.scoring = scoring;
        this.context = context;
    }

    @Override
    public String description() {
        return "loading the serving model and its scores from the model store";
    }

    @Override
    public boolean applies() {
        return context instanceof WebApplicationContext;
    }

    @Override
    public void run() {
        scoring.warmUp();
    }
}
