package com.ecosystemgraph.config;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints a start failure that Spring Boot understood (port in use, data directory locked, ...) as
 * one line on standard error. Boot's own multi-line report is switched off in application.yaml.
 */
class StartupFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        String description = analysis.getDescription().replaceAll("\\s*\\R\\s*", " ").strip();
        String action = analysis.getAction() == null ? "" : analysis.getAction().replaceAll("\\s*\\R\\s*", " ").strip();
        System.err.println("Ecosystem Graph cannot start: " + description + (action.isEmpty() ? "" : " (" + action + ")"));
    }
}
