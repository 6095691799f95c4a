package com.ecosystemgraph.audit;

import com.ecosystemgraph.security.CredentialKind;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Refused sign-ins (a wrong password, an unknown or revoked API key) go into the audit trail with
 * the name or key id they claimed, never the password or key.
 */
@Component
class SignInAuditing {

    private final AuditTrail trail;

    SignInAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        var claimed = event.getAuthentication();
        String name = claimed == null || claimed.getName() == null || claimed.getName().isBlank() ? "(none)" : claimed.getName();
        boolean key = name.startsWith("key:");
        CredentialKind credential = key ? CredentialKind.API_KEY
                : claimed != null && claimed.getDetails() instanceof CredentialKind.SignInDetails details ? details.kind() : CredentialKind.BASIC;
        String reason = key ? "unknown, revoked or empty API key" : "wrong user name or password";
        trail.recordSeparately(new AuditTrail.Entry(new AuditTrail.Actor(name, credential, null), "signIn", List.of(),
                "refused: " + reason, AuditEvent.Outcome.REFUSED));
    }
}
