package com.ecosystemgraph.outcome;

import java.util.List;

/**
 * A mutation's commit was sent and its answer was lost (the connection or the database failed during
 * the commit): it may or may not be written. It is safe to send again: mutations are idempotent by
 * the ids they name.
 */
public final class OutcomeUnknownException extends RuntimeException {

    private final String operation;
    private final List<String> ids;

    public OutcomeUnknownException(WriteOutcomes.Write write, Throwable cause) {
        super(write.operation() + ": the commit was sent but the database's answer was lost", cause);
        this.operation = write.operation();
        this.ids = write.ids();
    }

    public String operation() {
        return operation;
    }

    public List<String> ids() {
        return ids;
    }
}
