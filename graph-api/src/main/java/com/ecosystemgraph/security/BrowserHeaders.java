package com.ecosystemgraph.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries for browsers (docs/operations.md): a Content-Security-Policy
 * that lets pages load code, styles, fonts, images and workers only from the service itself (the
 * web client and GraphiQL are both bundled, nothing comes from a CDN), never be framed, and never
 * change their base URL or form targets; and a Referrer-Policy that keeps URLs (which hold the
 * view's state) inside the origin. Spring Security's defaults stay on (nosniff, X-Frame-Options
 * DENY, no caching of API answers).
 *
 * <p>GraphiQL's page alone may also use inline styles and {@code data:} fonts: its editor (Monaco)
 * injects style elements and style attributes at run time and its stylesheet embeds its icon fonts.
 * Scripts stay {@code 'self'} there too.
 */
final class BrowserHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String GRAPHIQL_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            + "; style-src 'self' 'unsafe-inline'; font-src 'self' data:";
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    private BrowserHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        GraphiqlPage.PATH.equals(request.getServletPath()) || GraphiqlPage.PAGE.equals(request.getServletPath())
                                ? GRAPHIQL_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY));
    }
}
