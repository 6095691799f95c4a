package com.ecosystemgraph.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every way to sign in (HTTP Basic, an API key, the login form): refuses an attempt at
 * once with {@code 429 RATE_LIMITED} and {@code Retry-After} while its user name or its address is
 * throttled ({@link SignInThrottle}), unless its credentials are known good without a slow check; and
 * counts an attempt that was answered 401 as a failure. Requests without credentials (a signed-in
 * browser session) pass untouched.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final JsonSecurityResponses responses;
    private final ApplicationEventPublisher events;
    private final Predicate<HttpServletRequest> provenCheaply;

    /**
     * @param provenCheaply whether a request's credentials are known good without a slow check (a
     *     Basic password verified within the last minute, a valid API key): such a request is served even
     *     while its user name or address is throttled, so a flood cannot lock out a signed-in application
     */
    SignInThrottleFilter(SignInThrottle throttle, JsonSecurityResponses responses, ApplicationEventPublisher events,
            Predicate<HttpServletRequest> provenCheaply) {
        this.throttle = throttle;
        this.responses = responses;
        this.events = events;
        this.provenCheaply = provenCheaply;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> claimed = claimed(request);
        if (claimed.isEmpty() || !throttle.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.refusedFor(claimed.get(), address);
        if (wait.isPresent() && !provenCheaply.test(request)) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            events.publishEvent(new SignInThrottled(claimed.get(), address));
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            responses.write(response, 429, "RATE_LIMITED", "Too many failed sign-ins for this user or from this address: "
                    + "this attempt was not checked. Retry after " + seconds + " s");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(claimed.get(), address);
        }
    }

    /** The user name and password of a Basic request, if it is one. */
    static Optional<String[]> basic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The user name (or {@code key:<id>}) a request signs in as, if it carries credentials. */
    static Optional<String> claimed(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.of("");
            }
        }
        if (authorization != null) {
            return Optional.of("");
        }
        String key = request.getHeader(ApiKeyAuthenticationFilter.HEADER);
        if (key != null) {
            return Optional.of(new ApiKeyAuthenticationFilter.RefusedKey(key.strip()).getName());
        }
        if ("POST".equals(request.getMethod()) && "/api/login".equals(request.getServletPath())) {
            String user = request.getParameter("username");
            return Optional.of(user == null ? "" : user);
        }
        return Optional.empty();
    }
}
