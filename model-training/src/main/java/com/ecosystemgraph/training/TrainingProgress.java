package com.ecosystemgraph.training;

/** Callbacks for a progress display; all optional. */
public interface TrainingProgress {

    /** A step starts; {@code total} units of work follow (1 when it is not divisible). */
    default void step(String description, int total) {
    }

    /** One more unit of the current step is done. */
    default void advance() {
    }

    /** Something worth telling the person watching (e.g. a trainer skipped). */
    default void note(String message) {
    }

    TrainingProgress NONE = new TrainingProgress() {
    };
}
