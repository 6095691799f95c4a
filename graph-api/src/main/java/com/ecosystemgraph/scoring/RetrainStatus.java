package com.ecosystemgraph.scoring;

/**
 * Where the latest retraining stands.
 *
 * @param state        IDLE (never asked), RUNNING, REPLACED (the new model serves), KEPT (the old
 *                     model was better on the new held-out set), FAILED
 * @param startedAt    ISO instant, null when never run
 * @param finishedAt   ISO instant, null while running
 * @param message      what happened, in words
 * @param newVersion   version of the model trained, when one was
 * @param newAuc       its held-out AUC
 * @param previousAuc  the serving model's AUC on the same held-out set, when there was one
 */
public record RetrainStatus(State state, String startedAt, String finishedAt, String message, String newVersion, Double newAuc,
                            Double previousAuc) {

    public enum State { IDLE, RUNNING, REPLACED, KEPT, FAILED }

    static RetrainStatus idle() {
        return new RetrainStatus(State.IDLE, null, null, "No retraining was requested since the service started", null, null, null);
    }
}
