package com.ecosystemgraph.graphql;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the current caller's roles allow, for the checks that depend on the data (prospects). */
@Component
public class Callers {

    private final RoleHierarchy hierarchy;

    Callers(org.springframework.beans.factory.ObjectProvider<RoleHierarchy> hierarchy) {
        this.hierarchy = hierarchy.getIfAvailable(() -> authorities -> authorities);
    }

    /** True when the caller has the role, directly or through the hierarchy. */
    public boolean has(com.ecosystemgraph.security.Role role) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && hierarchy.getReachableGrantedAuthorities(who.getAuthorities()).stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
