package com.ecosystemgraph.graphql;

import graphql.ErrorClassification;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Classifications beyond Spring's {@code ErrorType}: what the service itself ran into. Those with an
 * HTTP status make the whole response that status, with {@code Retry-After} (see
 * {@link ServiceStatusHttpHandler}); the table is in docs/api.md, "Errors".
 */
public enum ServiceErrorType implements ErrorClassification {
    /**
     * A query ran past the service's transaction time limit: the service is up, the request was fine,
     * the transaction was rolled back, and the same request may well succeed in a moment (clients
     * retry it, see docs/api.md#errors).
     */
    TIMEOUT(null),
    /** The database cannot be reached: nothing was read or written; retry after {@code Retry-After}. */
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    /** Too many requests are running and waiting already: this one was not run at all; retry after {@code Retry-After}. */
    OVERLOADED(HttpStatus.SERVICE_UNAVAILABLE),
    /** This client (user or API key) sent more requests than its rate allows: not run; retry after {@code Retry-After}. */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    /**
     * A mutation's commit was sent but its answer never came (the database or the connection failed
     * during the commit): it may or may not be written. Sending the same mutation again is safe, since
     * every mutation is idempotent by the ids it names ({@code extensions.ids}).
     */
    OUTCOME_UNKNOWN(HttpStatus.SERVICE_UNAVAILABLE),
    /**
     * The database server cannot run this analysis (it lacks a plugin the analysis needs, e.g. Graph Data Science
     * for the referral structure); the message says what the operators can do. Nothing was run; retrying will
     * not help until they have. The field is null, the rest of the response is answered.
     */
    ANALYSIS_UNAVAILABLE(null);

    /** Seconds a client should wait before it retries an answer of these kinds (unless the answer says otherwise). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final HttpStatus status;

    ServiceErrorType(HttpStatus status) {
        this.status = status;
    }

    /** The HTTP status of a whole response that has this error; empty for errors answered with 200 beside the data. */
    public Optional<HttpStatus> httpStatus() {
        return Optional.ofNullable(status);
    }

    /** The classification named {@code name}, if it is one of these. */
    public static Optional<ServiceErrorType> named(Object name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ServiceErrorType type : values()) {
            if (type.name().equals(name.toString())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
