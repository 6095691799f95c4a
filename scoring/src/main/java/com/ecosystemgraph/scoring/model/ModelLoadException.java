package com.ecosystemgraph.scoring.model;

/** A model file or card that must not be used; the message says why in words an operator can act on. */
public class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
