package com.ecosystemgraph.graphql;

import java.util.List;
import java.util.Map;

/**
 * The one error shape of every response, GraphQL or not:
 * {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static Map<String, Object> of(String classification, String message) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", classification))));
    }
}
