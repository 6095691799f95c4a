package com.ecosystemgraph.readiness;

/**
 * One thing the service does at start before it reports ready (a bean; steps run in their
 * {@link org.springframework.core.annotation.Order}). Add a step to make readiness wait for it.
 */
public interface WarmUpStep {

    /** What the step does, in words for the log and the readiness details ("loading the demo ecosystem"). */
    String description();

    /** False when the step has nothing to do in this configuration (then it is neither run nor logged). */
    default boolean applies() {
        return true;
    }

    /** Does the step; blocking. */
    void run();

    /**
     * True when the service cannot work without this step: its failure stops the start. Other
     * steps' failures are logged and the service becomes ready without them (a later request
     * redoes their work).
     */
    default boolean required() {
        return false;
    }
}
