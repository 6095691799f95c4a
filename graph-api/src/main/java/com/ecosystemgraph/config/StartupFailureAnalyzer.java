package com.ecosystemgraph.config;

import com.ecosystemgraph.embedded.EmbeddedNeo4jException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the start failures a user can fix (embedded database cannot start, insecure configuration,
 * malformed settings) into their one-line reason instead of a stack trace.
 */
class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedNeo4jException || cause instanceof InsecureConfigurationException
                    || cause instanceof SettingException) {
                return new FailureAnalysis(cause.getMessage(), "", cause);
            }
        }
        return null;
    }

    /** A setting has a value the service cannot use; the message names the setting. */
    static final class SettingException extends RuntimeException {
        SettingException(String message) {
            super(message, null, false, false);
        }
    }
}
