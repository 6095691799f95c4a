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

    /** With more extensions beside the classification (e.g. {@code retryAfterSeconds}, the {@code ids} of a write). */
    public static Map<String, Object> of(String classification, String message, Map<String, Object> extensions) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("classification", classification);
        all.putAll(extensions);
        return Map.of("errors", List.of(Map.of("message", message, "extensions", all)));
    }
}
