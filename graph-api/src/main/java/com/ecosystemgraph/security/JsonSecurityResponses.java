package com.ecosystemgraph.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Refusals at the HTTP level in the shape of a GraphQL response, so that a client reads every error
 * the same way: {@code {"errors":[{"message":…,"extensions":{"classification":"UNAUTHORIZED"}}]}}.
 */
@Component
class JsonSecurityResponses {

    /** The decision for a path no rule names: denied, and answered 404 whoever asks. */
    static final class UnknownPath extends AuthorizationDecision {
        UnknownPath() {
            super(false);
        }
    }

    static final AuthorizationManager<RequestAuthorizationContext> UNKNOWN_PATH = (authentication, context) -> new UnknownPath();

    AuthenticationEntryPoint entryPoint() {
        return (request, response, exception) -> {
            if (unknownPath(exception.getCause())) {
                notFound(response);
                return;
            }
            // Browsers then offer a login prompt (GraphiQL); applications read the JSON.
            response.setHeader("WWW-Authenticate", "Basic realm=\"Ecosystem Graph\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", describe(exception));
        };
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> {
            if (unknownPath(exception)) {
                notFound(response);
                return;
            }
            write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", describe(exception));
        };
    }

    private static boolean unknownPath(Throwable exception) {
        return exception instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof UnknownPath;
    }

    private void notFound(HttpServletResponse response) throws IOException {
        write(response, HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND",
                "No such path: the API is POST /graphql (see /graphiql); the web client is at /");
    }

    private static String describe(AuthenticationException exception) {
        return "Sign in first: send HTTP Basic credentials, an X-API-Key header, or a session cookie from /api/login";
    }

    private static String describe(AccessDeniedException exception) {
        return exception.getClass().getSimpleName().contains("Csrf")
                ? "Missing or wrong CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
                : "Your role does not allow this";
    }

    void write(HttpServletResponse response, int status, String classification, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"errors\":[{\"message\":\"" + escaped
                + "\",\"extensions\":{\"classification\":\"" + classification + "\"}}]}");
    }
}
