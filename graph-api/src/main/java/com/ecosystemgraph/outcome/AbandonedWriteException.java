package com.ecosystemgraph.outcome;

/**
 * A mutation reached its commit after its request's time had run out (the client was already told it
 * was not written): it rolls back instead.
 */
public final class AbandonedWriteException extends RuntimeException {

    private final transient WriteOutcomes.Write write;

    AbandonedWriteException(WriteOutcomes.Write write) {
        super(write.operation() + " was rolled back: the request's time limit passed before its commit", null, false, false);
        this.write = write;
    }

    public WriteOutcomes.Write write() {
        return write;
    }
}
