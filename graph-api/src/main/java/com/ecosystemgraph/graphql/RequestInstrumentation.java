package com.ecosystemgraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * The service's two graphql-java instrumentations ({@link QueryLimits} and Spring's request
 * observation, which gives the {@code graphql.request} timer) as one. With two, graphql-java wraps
 * them in a {@code ChainedInstrumentation} that builds lists and contexts for every field of every
 * answer, although neither does anything per field: about a tenth of a request's garbage
 * (docs/benchmarks.md, "Allocated per request"). Only the request-level hooks are forwarded; the
 * per-field data fetcher observation only when it is switched on
 * ({@code management.observations.enable.graphql.datafetcher=true}, off by default). When there is
 * any other instrumentation bean, Spring's chain is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class RequestInstrumentation {

    @Bean
    GraphQlSourceBuilderCustomizer oneInstrumentation(QueryLimits limits, ObjectProvider<GraphQlObservationInstrumentation> observation,
            ObjectProvider<Instrumentation> instrumentations, Environment environment) {
        GraphQlObservationInstrumentation requests = observation.getIfAvailable();
        // Another instrumentation (added later, or by a library) keeps Spring's chain: it must not be dropped here.
        if (requests == null || instrumentations.stream().anyMatch(other -> other != limits && other != requests)) {
            return builder -> {
            };
        }
        Instrumentation both = new Both(limits, requests, dataFetcherObservations(environment));
        return builder -> builder.configureGraphQl(graphQl -> graphQl.instrumentation(both));
    }

    /** As Spring Boot decides it: a {@code false} for the observation's name or a prefix of it switches it off. */
    static boolean dataFetcherObservations(Environment environment) {
        Map<String, Boolean> enable = Binder.get(environment)
                .bind("management.observations.enable", Bindable.mapOf(String.class, Boolean.class)).orElse(Map.of());
        String name = "graphql.datafetcher";
        for (String key : new String[]{name, "graphql", "all"}) {
            if (enable.containsKey(key)) {
                return enable.get(key);
            }
        }
        return true;
    }

    private record State(InstrumentationState limits, InstrumentationState requests) implements InstrumentationState {
    }

    private static final class Both implements Instrumentation {

        private final QueryLimits limits;
        private final GraphQlObservationInstrumentation requests;
        private final boolean perField;

        Both(QueryLimits limits, GraphQlObservationInstrumentation requests, boolean perField) {
            this.limits = limits;
            this.requests = requests;
            this.perField = perField;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            CompletableFuture<InstrumentationState> first = orNull(limits.createStateAsync(parameters));
            CompletableFuture<InstrumentationState> second = orNull(requests.createStateAsync(parameters));
            return first.thenCombine(second, State::new);
        }

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            State both = (State) state;
            return requests.instrumentExecutionInput(limits.instrumentExecutionInput(input, parameters, both.limits()), parameters,
                    both.requests());
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                InstrumentationState state) {
            State both = (State) state;
            return together(limits.beginExecution(parameters, both.limits()), requests.beginExecution(parameters, both.requests()));
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            State both = (State) state;
            return together(limits.beginExecuteOperation(parameters, both.limits()),
                    requests.beginExecuteOperation(parameters, both.requests()));
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            State both = (State) state;
            DataFetcher<?> fetcher = limits.instrumentDataFetcher(dataFetcher, parameters, both.limits());
            return perField ? requests.instrumentDataFetcher(fetcher, parameters, both.requests()) : fetcher;
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            State both = (State) state;
            return requests.instrumentExecutionResult(result, parameters, both.requests())
                    .thenCompose(first -> limits.instrumentExecutionResult(first, parameters, both.limits()));
        }

        private static CompletableFuture<InstrumentationState> orNull(CompletableFuture<InstrumentationState> state) {
            return state == null ? CompletableFuture.completedFuture(null) : state;
        }

        private static <T> InstrumentationContext<T> together(InstrumentationContext<T> first, InstrumentationContext<T> second) {
            if (first == null) {
                return second;
            }
            if (second == null) {
                return first;
            }
            return new InstrumentationContext<>() {
                @Override
                public void onDispatched() {
                    first.onDispatched();
                    second.onDispatched();
                }

                @Override
                public void onCompleted(T result, Throwable t) {
                    first.onCompleted(result, t);
                    second.onCompleted(result, t);
                }
            };
        }
    }
}
