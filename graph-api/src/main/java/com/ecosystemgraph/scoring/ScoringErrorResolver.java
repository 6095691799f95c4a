package com.ecosystemgraph.scoring;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Shows why scores are unavailable (a refused model file, training still running, too little data)
 * as a typed error {@code MODEL_UNAVAILABLE}; the field is null, the rest of the response works.
 * Ordered first so the generic resolver does not hide the message behind an error id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScoringErrorResolver extends DataFetcherExceptionResolverAdapter {

    static final ErrorClassification MODEL_UNAVAILABLE = ErrorClassification.errorClassification("MODEL_UNAVAILABLE");

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ModelUnavailableException) {
            return GraphqlErrorBuilder.newError(env).errorType(MODEL_UNAVAILABLE).message(ex.getMessage()).build();
        }
        return null;
    }
}
