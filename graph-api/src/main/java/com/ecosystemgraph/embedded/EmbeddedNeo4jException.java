package com.ecosystemgraph.embedded;

/** The embedded database could not start; the message says why in one line a user can act on. */
public class EmbeddedNeo4jException extends RuntimeException {

    public EmbeddedNeo4jException(String message, Throwable cause) {
        super(message, cause);
    }

    public EmbeddedNeo4jException(String message) {
        super(message);
    }
}
