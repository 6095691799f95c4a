package com.ecosystemgraph.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import com.ecosystemgraph.outcome.WriteOutcomes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Every HTTP-level failure in the one error shape ({@link ErrorBodies}) with a classification,
 * instead of Spring's {@code {"timestamp":…,"status":…,"error":…}} or an empty body: malformed
 * JSON (400), unknown path (404, see the security rules), method not allowed (405), not acceptable
 * (406), too large (413), unsupported media type (415), request timeout (503 with
 * {@code Retry-After}), anything else (500 with an id to quote). The table is in docs/api.md, "Errors".
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HttpErrors {

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
    /** Seconds a client should wait before retrying a request that timed out. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** What one failure looks like to the client. */
    record Described(HttpStatus status, String classification, String message, Map<String, Object> extensions) {
        Described(HttpStatus status, String classification, String message) {
            this(status, classification, message, Map.of());
        }
    }

    /** Replaces Spring Boot's error controller for every error dispatch. */
    @RestController
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ErrorEndpoint implements ErrorController {

        private final ErrorAttributes attributes;
        private final String timeout;

        ErrorEndpoint(ErrorAttributes attributes, @Value("${spring.mvc.async.request-timeout:30s}") String timeout) {
            this.attributes = attributes;
            this.timeout = timeout;
        }

        @RequestMapping("/error")
        ResponseEntity<Map<String, Object>> error(HttpServletRequest request, WebRequest web) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i ? i : 500;
            Described described = describe(status, attributes.getError(web), request, timeout);
            var response = ResponseEntity.status(described.status()).contentType(MediaType.APPLICATION_JSON);
            if (described.status() == HttpStatus.SERVICE_UNAVAILABLE) {
                response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            return response.body(ErrorBodies.of(described.classification(), described.message(), described.extensions()));
        }
    }

    static Described describe(int code, Throwable error, HttpServletRequest request, String timeout) {
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(code);
        if (cause(error, RequestBodyTooLargeException.class) != null) {
            return tooLarge(cause(error, RequestBodyTooLargeException.class).limit);
        }
        if (cause(error, AsyncRequestTimeoutException.class) != null || status == HttpStatus.SERVICE_UNAVAILABLE) {
            return timedOut(request, timeout);
        }
        return switch (status) {
            case BAD_REQUEST -> new Described(status, "BAD_REQUEST", malformed(error));
            case UNAUTHORIZED -> new Described(status, "UNAUTHORIZED", "Sign in first");
            case FORBIDDEN -> new Described(status, "FORBIDDEN", "Your role does not allow this");
            case NOT_FOUND ->
                new Described(status, "NOT_FOUND", "No such path: the API is POST /graphql (see /graphiql); the web client is at /");
            case METHOD_NOT_ALLOWED -> new Described(status, "METHOD_NOT_ALLOWED", "This path does not accept " + method(request));
            case NOT_ACCEPTABLE -> new Described(status, "NOT_ACCEPTABLE", "The answer is JSON: accept application/json");
            case PAYLOAD_TOO_LARGE -> new Described(status, "PAYLOAD_TOO_LARGE", "The request body is too large");
            case UNSUPPORTED_MEDIA_TYPE ->
                new Described(status, "UNSUPPORTED_MEDIA_TYPE", "Send the request body as Content-Type: application/json");
            default -> {
                if (status.is4xxClientError()) {
                    yield new Described(status, "BAD_REQUEST", "The request was refused (" + status.value() + ")");
                }
                String id = UUID.randomUUID().toString();
                LOG.error("Internal error {} in {} {}", id, method(request), request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        error);
                yield new Described(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "Internal error; quote id " + id + " to the operators");
            }
        };
    }

    /**
     * A request past its time limit. Its mutations that had not sent their commit will roll back
     * (they are told so by {@link WriteOutcomes#abandon()}, which they check before committing); one
     * whose commit was sent and not yet confirmed may or may not be written: that is
     * {@code OUTCOME_UNKNOWN}, safe to retry with the same ids (docs/api.md, "When a write fails").
     */
    static Described timedOut(HttpServletRequest request, String timeout) {
        String base = "The request took longer than the limit of " + timeout + " and was stopped";
        Object attribute = request == null ? null : request.getAttribute(WriteOutcomes.ATTRIBUTE);
        WriteOutcomes.Summary writes = attribute instanceof WriteOutcomes outcomes ? outcomes.abandon() : null;
        if (writes == null || !writes.any()) {
            return new Described(HttpStatus.SERVICE_UNAVAILABLE, "TIMEOUT",
                    base + "; try again in a moment, or ask for less (smaller pages, a shorter period)");
        }
        List<String> parts = new ArrayList<>();
        writes.committed().forEach(w -> parts.add(w + " was written"));
        writes.rolledBack().forEach(w -> parts.add(w + " was not written (rolled back)"));
        writes.unknown().forEach(w -> parts.add(w + " may or may not be written (its commit was sent, the answer had not come)"));
        if (writes.unknown().isEmpty()) {
            return new Described(HttpStatus.SERVICE_UNAVAILABLE, "TIMEOUT",
                    base + ": " + String.join("; ", parts) + ". Try again in a moment");
        }
        List<String> ids = writes.unknown().stream().flatMap(w -> w.ids().stream()).toList();
        return new Described(HttpStatus.SERVICE_UNAVAILABLE, "OUTCOME_UNKNOWN", base + ": " + String.join("; ", parts)
                + ". It is safe to send the same mutation again (mutations are idempotent by id)",
                Map.of("operation", writes.unknown().getFirst().operation(), "ids", ids, "safeToRetry", true));
    }

    static Described tooLarge(DataSize limit) {
        return new Described(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "The request body is larger than the limit of " + limit.toKilobytes() + " KB (ECOSYSTEM_MAX_REQUEST_BODY)");
    }

    private static String malformed(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException json) {
                var at = json.getLocation();
                return "The request body is not valid JSON" + (at == null || at.getLineNr() < 1
                        ? ""
                        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                        + ": send {\"query\": \"…\", \"variables\": {…}}";
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("query")) {
                return "The request body has no \"query\": send {\"query\": \"…\", \"variables\": {…}}";
            }
        }
        return "The request is malformed: send a JSON body {\"query\": \"…\", \"variables\": {…}}";
    }

    private static String method(HttpServletRequest request) {
        return request == null ? "this method" : request.getMethod();
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * {@code /graphql} answers what Spring for GraphQL answers with an empty body: another method
     * than POST (405), a body that is not JSON (415), an answer the client will not accept (406).
     * Ordered before its routes, and matching only these cases.
     */
    @Bean
    @Order(-1)
    RouterFunction<ServerResponse> graphQlRefusals(@Value("${spring.graphql.http.path:/graphql}") String path) {
        RequestPredicate notPost = request -> !HttpMethod.POST.equals(request.method());
        RequestPredicate notJson = request -> request.headers().contentType().map(type -> !json(type)).orElse(true);
        RequestPredicate notAccepted = request -> {
            var accepted = request.headers().accept();
            return !accepted.isEmpty() && accepted.stream().noneMatch(type -> type.includes(MediaType.APPLICATION_JSON)
                    || type.includes(MediaType.APPLICATION_GRAPHQL_RESPONSE));
        };
        return RouterFunctions.route()
                .route(org.springframework.web.servlet.function.RequestPredicates.path(path).and(notPost),
                        request -> refuse(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                                path + " accepts only POST (got " + request.method() + ")"))
                .route(org.springframework.web.servlet.function.RequestPredicates.path(path).and(notJson),
                        request -> refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                                "Send the request body as Content-Type: application/json (got "
                                        + request.headers().firstHeader(HttpHeaders.CONTENT_TYPE) + ")"))
                .route(org.springframework.web.servlet.function.RequestPredicates.path(path).and(notAccepted),
                        request -> refuse(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                                "The answer is JSON: send Accept: application/json (got "
                                        + request.headers().firstHeader(HttpHeaders.ACCEPT) + ")"))
                .build();
    }

    private static boolean json(MediaType type) {
        return type.isCompatibleWith(MediaType.APPLICATION_JSON) || "application".equals(type.getType())
                && (type.getSubtype().endsWith("+json") || "graphql".equals(type.getSubtype()));
    }

    private static ServerResponse refuse(HttpStatus status, String classification, String message) {
        var response = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            response.allow(HttpMethod.POST);
        }
        return response.body(ErrorBodies.of(classification, message));
    }

    /** Refuses request bodies over the limit before anything reads them (413). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit(
            @Value("${ecosystem.http.max-request-body:256KB}") DataSize limit) {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long declared = request.getContentLengthLong();
                if (declared > limit.toBytes()) {
                    Described described = tooLarge(limit);
                    response.setStatus(described.status().value());
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.setHeader(HttpHeaders.CONNECTION, "close");
                    json.writeValue(response.getOutputStream(), ErrorBodies.of(described.classification(), described.message()));
                    return;
                }
                chain.doFilter(declared >= 0 ? request : new LimitedRequest(request, limit), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A body over the limit, found while reading one without a declared length (chunked). */
    static final class RequestBodyTooLargeException extends IOException {
        final transient DataSize limit;

        RequestBodyTooLargeException(DataSize limit) {
            super("request body over " + limit);
            this.limit = limit;
        }
    }

    /** Counts what is read of a body without a declared length and stops at the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final DataSize limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit.toBytes()) {
                            throw new RequestBodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
