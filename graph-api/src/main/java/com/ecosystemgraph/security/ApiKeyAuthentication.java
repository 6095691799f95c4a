package com.ecosystemgraph.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An application signed in with an API key; its name is {@code key:<id>}, never the key. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String keyId;

    ApiKeyAuthentication(ApiKeys.Key key) {
        super(List.of(new SimpleGrantedAuthority(key.role().authority())));
        this.keyId = key.id();
        setAuthenticated(true);
    }

    public String keyId() {
        return keyId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }

    @Override
    public String getName() {
        return "key:" + keyId;
    }
}
