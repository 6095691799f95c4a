package com.ecosystemgraph.graphql.join;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Serves a nested field from what its root's statement already read ({@link Joined}, the local
 * context), so neither its controller method nor its DataLoader runs. Fields read by GraphQL's
 * default property fetcher (scalars, edges, nodes) are left alone: they cost nothing to fetch.
 */
@Component
class JoinedFields extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        return env -> {
            if (env.getLocalContext() instanceof Joined joined) {
                Map<String, Object> fields = joined.fields(env.getSource());
                String key = env.getMergedField().getResultKey();
                if (fields != null && fields.containsKey(key)) {
                    return fields.get(key);
                }
            }
            return fetcher.get(env);
        };
    }
}
