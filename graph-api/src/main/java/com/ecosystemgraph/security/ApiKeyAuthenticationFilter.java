package com.ecosystemgraph.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates applications by the {@value #HEADER} header. An unknown key is refused at once
 * (401) rather than treated as anonymous, so a typo in a key is not mistaken for missing rights.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final List<SecurityProperties.ApiKey> keys;
    private final JsonSecurityResponses responses;

    ApiKeyAuthenticationFilter(List<SecurityProperties.ApiKey> keys, JsonSecurityResponses responses) {
        this.keys = keys;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        for (SecurityProperties.ApiKey key : keys) {
            // Constant-time comparison: the time taken must not tell how much of a key matched.
            if (MessageDigest.isEqual(key.key().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
                var authentication = UsernamePasswordAuthenticationToken.authenticated("api-key:" + key.role().username(),
                        null, List.of(new SimpleGrantedAuthority(key.role().authority())));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return;
            }
        }
        responses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "The API key is not valid");
    }
}
