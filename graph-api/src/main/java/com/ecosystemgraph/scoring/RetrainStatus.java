package com.ecosystemgraph.scoring;

/**
 * Where the latest retraining stands, as every instance sees it (kept in the database).
 *
 * @param state        IDLE (never asked), RUNNING (asked, or training), REPLACED (the new model
 *                     serves), KEPT (the serving model was better), FAILED
 * @param startedAt    ISO instant the run started; null when never run or not started yet
 * @param finishedAt   ISO instant, null while running
 * @param message      what happened, in words
 * @param newVersion   version of the model trained, when one was
 * @param newAuc       its prospect model's held-out AUC of partners seen as prospects
 * @param previousAuc  the serving model's, as its card records it, when there was one
 * @param instance     the instance that runs (or ran) the training
 * @param tookOverFrom the instance whose run stopped (its lease expired) and this run took over
 */
public record RetrainStatus(State state, String startedAt, String finishedAt, String message, String newVersion, Double newAuc,
        Double previousAuc, String instance, String tookOverFrom) {

    public enum State {
        IDLE, RUNNING, REPLACED, KEPT, FAILED
    }

    static RetrainStatus idle() {
        return new RetrainStatus(State.IDLE, null, null, "No retraining was requested", null, null, null, null, null);
    }
}
