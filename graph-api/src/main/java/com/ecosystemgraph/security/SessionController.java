package com.ecosystemgraph.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session}: who is signed in, with which roles (expanded through the hierarchy as
 * the client needs them to show or hide actions), and the CSRF token the browser must echo.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionController {

    private final org.springframework.security.access.hierarchicalroles.RoleHierarchy hierarchy;

    SessionController(org.springframework.security.access.hierarchicalroles.RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @GetMapping("/api/session")
    Map<String, Object> session(Authentication authentication, CsrfToken csrf) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        List<String> roles = signedIn
                ? hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                        .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring(5)).sorted().toList()
                : List.of();
        return Map.of("authenticated", signedIn, "username", signedIn ? authentication.getName() : "",
                "roles", roles, "csrfHeader", csrf.getHeaderName(), "csrfToken", csrf.getToken());
    }
}
