package com.ecosystemgraph.config;

/** The service refuses to start with this configuration; the message says what to change. */
public class InsecureConfigurationException extends RuntimeException {

    public InsecureConfigurationException(String message) {
        super(message, null, false, false);
    }
}
