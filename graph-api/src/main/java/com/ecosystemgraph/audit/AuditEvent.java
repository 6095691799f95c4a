package com.ecosystemgraph.audit;

import com.ecosystemgraph.security.CredentialKind;
import java.time.ZonedDateTime;
import java.util.List;
import org.neo4j.driver.Value;

/**
 * One recorded change or refusal (GraphQL {@code AuditEvent}).
 *
 * @param at when, in UTC
 * @param actor a user name, {@code key:<id>} for an API key, or the command that ran
 * @param role the actor's highest role, lower case, or {@code null} when unknown
 * @param nodeIds the ids the operation named
 */
public record AuditEvent(String id, ZonedDateTime at, String actor, CredentialKind credential, String role, String operation,
        List<String> nodeIds, String summary, Outcome outcome) {

    /** How an audited operation ended (GraphQL {@code AuditOutcome}). */
    public enum Outcome {
        SUCCEEDED, REJECTED, REFUSED, FAILED
    }

    static AuditEvent from(Value e) {
        return new AuditEvent(e.get("id").asString(), e.get("at").asZonedDateTime(), e.get("actor").asString(),
                CredentialKind.valueOf(e.get("credential").asString()), e.get("role").isNull() ? null : e.get("role").asString(),
                e.get("operation").asString(), e.get("nodeIds").asList(Value::asString), e.get("summary").asString(),
                Outcome.valueOf(e.get("outcome").asString()));
    }

    /** The GraphQL field: ISO 8601 in UTC. */
    public String atText() {
        return at.toOffsetDateTime().toString();
    }
}
