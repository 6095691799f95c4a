package com.ecosystemgraph.readiness;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the service warms up, answers API requests at once with {@code 503 Service Unavailable},
 * {@code Retry-After} and a GraphQL error classified {@code WARMING_UP} that says what is under way,
 * instead of letting them run into a cold cache's timeouts (which a client would show as "service
 * not reachable"). Static files, sign-in and health stay available.
 */
class WarmingUpFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    private final WarmUpState state;

    WarmingUpFilter(WarmUpState state) {
        this.state = state;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> warming = state.warmingUp();
        if (warming.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = state.snapshot().elapsed().toSeconds();
        String message = String.format(Locale.ROOT,
                "Ecosystem Graph is warming up (%s; %d s so far) and answers in a moment: retry after %d s",
                warming.get(), seconds, RETRY_AFTER_SECONDS);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"extensions\":{\"classification\":\"WARMING_UP\",\"step\":\"" + warming.get().replace("\"", "'")
                + "\",\"retryAfterSeconds\":" + RETRY_AFTER_SECONDS + "}}]}");
    }
}
