package com.ecosystemgraph.security;

import org.springframework.security.core.Authentication;

/** How a caller proved who it is: shown in the audit trail next to the user or key id. */
public enum CredentialKind {
    /** HTTP Basic on the request. */
    BASIC,
    /** An {@code X-API-Key} header on the request. */
    API_KEY,
    /** The browser's session from {@code /api/login}. */
    SESSION,
    /** A command of the jar (import, ...), run by whoever runs it on the machine. */
    COMMAND;

    /** The kind of an authenticated caller. */
    public static CredentialKind of(Authentication authentication) {
        if (authentication instanceof ApiKeyAuthentication) {
            return API_KEY;
        }
        if (authentication != null && authentication.getDetails() instanceof SignInDetails details) {
            return details.kind();
        }
        return SESSION;
    }

    /** Details attached to a sign-in: which way it came in. */
    public record SignInDetails(CredentialKind kind) {
    }
}
