package com.ecosystemgraph.config;

import com.ecosystemgraph.embedded.EmbeddedNeo4jException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into its one-line reason instead of a stack trace. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jException cause) {
        return new FailureAnalysis(cause.getMessage(), "", cause);
    }
}
