package com.ecosystemgraph.graphql;

import graphql.ErrorClassification;

/** Classifications beyond Spring's {@code ErrorType}: what the service itself ran into. */
public enum ServiceErrorType implements ErrorClassification {
    /**
     * A query ran past the service's transaction time limit: the service is up, the request was fine,
     * and the same request may well succeed in a moment (clients retry it, see docs/api.md#errors).
     */
    TIMEOUT
}
