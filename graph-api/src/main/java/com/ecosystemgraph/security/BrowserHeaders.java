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
 * <p>Two needs of the web client, each as narrow as it goes: {@code style-src-attr 'unsafe-inline'}
 * for the colours and widths its templates set in {@code style} attributes (legend dots, score bars;
 * style <em>elements</em> stay {@code 'self'}), and {@code worker-src blob:} for the graph layout
 * (ForceAtlas2 runs in a worker built from a blob URL, which only a script of this origin can make).
 * GraphiQL's page alone may also use inline style elements, {@code data:} fonts and images: its editor
 * (Monaco) injects styles at run time and its stylesheet embeds its icons. Scripts stay {@code 'self'}
 * everywhere.
 */
final class BrowserHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
            + "style-src-attr 'unsafe-inline'; worker-src 'self' blob:";
    static final String GRAPHIQL_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            + "; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:";
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    private BrowserHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                GraphiqlPage.PATH.equals(request.getServletPath()) || GraphiqlPage.PAGE.equals(request.getServletPath())
                        ? GRAPHIQL_CONTENT_SECURITY_POLICY
                        : CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY));
    }
}
