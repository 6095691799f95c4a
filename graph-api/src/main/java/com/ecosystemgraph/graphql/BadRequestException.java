package com.ecosystemgraph.graphql;

/** A request the user can fix: the message says what is wrong and is shown to the client as is. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message, null, false, false);
    }
}
