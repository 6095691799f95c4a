package com.ecosystemgraph.graphql;

/** The request names something that does not exist (e.g. an unknown id in a mutation). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
