package com.ecosystemgraph.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries for browsers (docs/operations.md): a Content-Security-Policy
 * that lets pages load code, styles, fonts, images and workers only from the service itself (the
 * web client and GraphiQL are both bundled, nothing comes from a CDN), never be framed, and never
 * change their base URL; and a Referrer-Policy that keeps URLs (which hold the view's state) inside
 * the origin. Spring Security's defaults stay on (nosniff, X-Frame-Options DENY, no caching of API
 * answers).
 */
final class BrowserHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    private BrowserHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY));
    }
}
