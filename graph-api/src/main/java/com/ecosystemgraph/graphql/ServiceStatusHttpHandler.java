package com.ecosystemgraph.graphql;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Spring for GraphQL's HTTP handler, with one addition: a response that carries an error of a
 * {@link ServiceErrorType} with an HTTP status (the database is unreachable, the service is
 * overloaded, the client is over its rate, a commit's outcome is unknown) gets that status and a
 * {@code Retry-After} header, so that load balancers, proxies and clients that look only at the
 * status see "try again later" rather than a 200. Every other response is answered as before.
 */
class ServiceStatusHttpHandler extends GraphQlHttpHandler {

    ServiceStatusHttpHandler(WebGraphQlHandler handler) {
        super(handler);
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
        return super.prepareResponse(request, responseMono.map(response -> {
            serviceError(response).ifPresent(error -> response.getResponseHeaders()
                    .set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(error))));
            return response;
        }));
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
        return serviceError(response)
                .flatMap(error -> ServiceErrorType.named(error.getErrorType()).flatMap(ServiceErrorType::httpStatus))
                .orElseGet(() -> super.selectResponseStatus(response, responseMediaType));
    }

    /** The first error whose classification sets the response's status. */
    static Optional<ResponseError> serviceError(WebGraphQlResponse response) {
        return response.getErrors().stream()
                .filter(error -> ServiceErrorType.named(error.getErrorType()).flatMap(ServiceErrorType::httpStatus).isPresent())
                .findFirst();
    }

    private static int retryAfterSeconds(ResponseError error) {
        Map<String, Object> extensions = error.getExtensions();
        return extensions != null && extensions.get("retryAfterSeconds") instanceof Number seconds
                ? Math.max(1, seconds.intValue())
                : ServiceErrorType.RETRY_AFTER_SECONDS;
    }

    /** Replaces the handler Spring Boot would make (it backs off when one is defined). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Registration {
        @Bean
        GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
            return new ServiceStatusHttpHandler(handler);
        }
    }
}
