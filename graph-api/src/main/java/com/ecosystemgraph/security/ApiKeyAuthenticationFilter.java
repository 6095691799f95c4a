package com.ecosystemgraph.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates applications by the {@value #HEADER} header. An unknown or empty key is refused at
 * once (401) rather than treated as anonymous, so a typo in a key is not mistaken for missing rights.
 *
 * <p>The security context is also saved as a request attribute, like HTTP Basic does: a GraphQL
 * answer is produced on an async dispatch, where this filter (once per request) does not run again
 * and the context is loaded from the request. Setting only the thread's context made every query
 * that completes asynchronously answer 401.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final JsonSecurityResponses responses;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    ApiKeyAuthenticationFilter(ApiKeys keys, JsonSecurityResponses responses, ApplicationEventPublisher events) {
        this.keys = keys;
        this.responses = responses;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeys.Key> key = keys.verify(presented.strip());
        if (key.isEmpty()) {
            String message = presented.isBlank() ? "The X-API-Key header is empty" : "The API key is not valid";
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(new RefusedKey(presented),
                    new BadCredentialsException(message)));
            responses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", message);
            return;
        }
        ApiKeyAuthentication authentication = new ApiKeyAuthentication(key.get());
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
        chain.doFilter(request, response);
    }

    /** What a refused key is known by in the audit trail: the id it claims, never its secret. */
    static final class RefusedKey extends org.springframework.security.authentication.AbstractAuthenticationToken {
        private final String name;

        RefusedKey(String presented) {
            super(java.util.List.of());
            String claimed = null;
            if (presented.startsWith(ApiKeys.PREFIX)) {
                int end = presented.indexOf('_', ApiKeys.PREFIX.length());
                String id = end < 0 ? "" : presented.substring(ApiKeys.PREFIX.length(), end);
                claimed = id.matches("[a-z0-9][a-z0-9-]{0,31}") ? id : null;
            }
            this.name = claimed == null ? "key:(unknown)" : "key:" + claimed;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return name;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
