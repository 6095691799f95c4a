package com.ecosystemgraph.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL at {@code /graphiql}: the web client's second page ({@code graphiql.html}, built by Vite
 * with GraphiQL and its editor bundled, so nothing loads from a CDN), for signed-in users only.
 * Spring for GraphQL's own page, which loads GraphiQL from a public CDN, stays off. An anonymous
 * browser is sent to the sign-in form, which comes back here; any other anonymous client gets the
 * usual 401. With {@code ECOSYSTEM_GRAPHIQL=false} both paths are unknown (404).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphiqlPage implements WebMvcConfigurer {

    static final String PATH = "/graphiql";
    /** The built page; only reached through {@link #PATH} (a forward), never linked. */
    static final String PAGE = "/graphiql.html";
    /** The web client's sign-in form, told to come back to GraphiQL (the only target it accepts). */
    static final String SIGN_IN = "/?next=graphiql";

    private final boolean enabled;

    GraphiqlPage(@Value("${ecosystem.graphiql.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        if (enabled) {
            registry.addViewController(PATH).setViewName("forward:" + PAGE);
        }
    }

    /** Who may open the page: any signed-in user, or nobody (404) when GraphiQL is off. */
    AuthorizationManager<RequestAuthorizationContext> access() {
        return enabled ? AuthenticatedAuthorizationManager.authenticated() : JsonSecurityResponses.UNKNOWN_PATH;
    }

    /** Sends an anonymous browser asking for the page to the sign-in form; every other case to {@code otherwise}. */
    AuthenticationEntryPoint signInFirst(AuthenticationEntryPoint otherwise) {
        return (request, response, exception) -> {
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (enabled && PATH.equals(request.getServletPath()) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                response.sendRedirect(request.getContextPath() + SIGN_IN);
                return;
            }
            otherwise.commence(request, response, exception);
        };
    }
}
