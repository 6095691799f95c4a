package com.ecosystemgraph.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request proves who it is one way: HTTP Basic, an API key, or a signed-in session. A request
 * with two is refused (401) rather than served as one of them, so a caller never acts with rights it
 * did not mean to use.
 */
final class SingleCredentialFilter extends OncePerRequestFilter {

    private final JsonSecurityResponses responses;

    SingleCredentialFilter(JsonSecurityResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> presented = new ArrayList<>(3);
        if (request.getHeader("Authorization") != null) {
            presented.add("an Authorization header");
        }
        if (request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null) {
            presented.add("an X-API-Key header");
        }
        if (!presented.isEmpty() && signedInSession(request)) {
            presented.add("a signed-in session cookie");
        }
        if (presented.size() > 1) {
            responses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
                    "Send one credential, not several: the request has " + String.join(" and ", presented));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null;
    }
}
