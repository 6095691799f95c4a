package com.ecosystemgraph.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One log entry per failed request, not one per field: the internal errors of a request share one
 * error id (the one its response quotes), and when the request ends one line names how many fields
 * failed and where, with the cause of the first. A document whose thousand aliases all fail
 * therefore logs once.
 */
@Component
public class RequestFailures implements WebGraphQlInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestFailures.class);
    private static final int PATHS_SHOWN = 5;

    /** The internal errors of one request. */
    private static final class Failures {
        final String id = UUID.randomUUID().toString();
        final List<String> paths = new ArrayList<>();
        Throwable first;

        synchronized void add(String path, Throwable cause) {
            paths.add(path);
            if (first == null) {
                first = cause;
            }
        }
    }

    /** Records an internal error of a field; returns the request's error id for the response. */
    public static String record(DataFetchingEnvironment env, Throwable cause) {
        GraphQLContext context = env.getGraphQlContext();
        String path = env.getExecutionStepInfo().getPath().toString();
        if (context == null) {
            // Not inside a request (a fetcher called on its own): nothing will log at the end.
            String id = UUID.randomUUID().toString();
            LOG.error("Internal error {} in {}:", id, path, cause);
            return id;
        }
        Failures failures = context.computeIfAbsent(Failures.class, key -> new Failures());
        failures.add(path, cause);
        return failures.id;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            Failures failures = response.getExecutionInput().getGraphQLContext().get(Failures.class);
            if (failures != null) {
                synchronized (failures) {
                    List<String> shown = failures.paths.subList(0, Math.min(PATHS_SHOWN, failures.paths.size()));
                    String more = failures.paths.size() > PATHS_SHOWN ? " and " + (failures.paths.size() - PATHS_SHOWN) + " more" : "";
                    LOG.error("Internal error {} in {} field(s): {}{}; the first failed with:", failures.id, failures.paths.size(),
                            String.join(", ", shown), more, failures.first);
                }
            }
        });
    }
}
