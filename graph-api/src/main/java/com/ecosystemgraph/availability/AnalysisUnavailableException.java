package com.ecosystemgraph.availability;

/**
 * An analysis the database server cannot run (it lacks a plugin the analysis needs); the message says which
 * and what the operators can do. Answered as the error {@code ANALYSIS_UNAVAILABLE} at the field, the rest of
 * the response works; nothing is logged as an internal error.
 */
public class AnalysisUnavailableException extends RuntimeException {
    public AnalysisUnavailableException(String message) {
        super(message, null, false, false);
    }
}
