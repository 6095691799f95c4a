package com.ecosystemgraph.graphql;

import com.ecosystemgraph.availability.AnalysisUnavailableException;
import com.ecosystemgraph.scoring.features.NetworkFeaturesUnavailableException;
import com.ecosystemgraph.availability.DatabaseAvailability;
import com.ecosystemgraph.availability.Unavailability;
import com.ecosystemgraph.outcome.AbandonedWriteException;
import com.ecosystemgraph.outcome.OutcomeUnknownException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into typed GraphQL errors. A user's mistake comes back with its message; anything
 * else is logged with an id (once per request, {@link RequestFailures}) and the client sees only that
 * id, never a stack trace, class name or Cypher. A database that cannot be reached is {@code UNAVAILABLE} (the whole response becomes 503,
 * see {@link ServiceStatusHttpHandler}), noted once per outage by {@link DatabaseAvailability} instead
 * of a stack trace per field; a commit whose answer was lost is {@code OUTCOME_UNKNOWN}.
 */
@Component
class ErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResolver.class);

    private final DatabaseAvailability availability;

    ErrorResolver(DatabaseAvailability availability) {
        this.availability = availability;
        // Exceptions are resolved on whatever thread completed the fetch: restore the request's
        // security context so a signed-in user's refusal is not mistaken for an anonymous one.
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadRequestException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
        }
        if (ex instanceof AnalysisUnavailableException || ex instanceof NetworkFeaturesUnavailableException) {
            return GraphqlErrorBuilder.newError(env).errorType(ServiceErrorType.ANALYSIS_UNAVAILABLE).message(ex.getMessage()).build();
        }
        if (ex instanceof NotFoundException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND).message(ex.getMessage()).build();
        }
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = ex instanceof AuthenticationException || who == null
                    || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
            String field = env.getExecutionStepInfo().getPath().toString();
            return GraphqlErrorBuilder.newError(env)
                    .errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                    .message(anonymous ? "Sign in to read " + field : "Your role does not allow " + field)
                    .build();
        }
        if (ex instanceof OutcomeUnknownException unknown) {
            availability.unreachable(unknown.getCause());
            return GraphqlErrorBuilder.newError(env).errorType(ServiceErrorType.OUTCOME_UNKNOWN)
                    .message("The database did not confirm whether " + unknown.operation() + " " + String.join(", ", unknown.ids())
                            + " was written: its commit was sent and the answer was lost. It is safe to send the same mutation again "
                            + "(mutations are idempotent by id)")
                    .extensions(Map.of("operation", unknown.operation(), "ids", unknown.ids(), "safeToRetry", true,
                            "retryAfterSeconds", ServiceErrorType.RETRY_AFTER_SECONDS))
                    .build();
        }
        if (ex instanceof AbandonedWriteException abandoned) {
            return GraphqlErrorBuilder.newError(env).errorType(ServiceErrorType.TIMEOUT)
                    .message(abandoned.write().operation()
                            + " was not written (rolled back): the request's time limit passed before it could commit")
                    .build();
        }
        if (Unavailability.is(ex)) {
            availability.unreachable(ex);
            return GraphqlErrorBuilder.newError(env).errorType(ServiceErrorType.UNAVAILABLE)
                    .message(DatabaseAvailability.CLIENT_MESSAGE)
                    .extensions(Map.of("retryAfterSeconds", ServiceErrorType.RETRY_AFTER_SECONDS))
                    .build();
        }
        if (timedOut(ex)) {
            LOG.warn("Timed out in {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
            return GraphqlErrorBuilder.newError(env).errorType(ServiceErrorType.TIMEOUT)
                    .message("The query did not finish within the service's time limit and was rolled back (nothing was written); "
                            + "the service is busy, not down. Retry in a moment.")
                    .build();
        }
        // Logged once per request, with every failed field (RequestFailures).
        String id = RequestFailures.record(env, ex);
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; quote id " + id + " to the operators")
                .extensions(Map.of("errorId", id)).build();
    }

    /** True when the database ended the transaction at its time limit (somewhere in the cause chain). */
    static boolean timedOut(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException n && n.code() != null && n.code().contains("TransactionTimedOut")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("has not completed within the timeout")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
