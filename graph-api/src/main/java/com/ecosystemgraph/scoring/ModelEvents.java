package com.ecosystemgraph.scoring;

import com.ecosystemgraph.audit.AuditEvent;
import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.security.CredentialKind;
import java.util.List;

/** Writes model events into the audit trail (nothing for tools without one). */
@FunctionalInterface
interface ModelEvents {

    ModelEvents NONE = (operation, summary, refused) -> {
    };

    /**
     * @param operation e.g. {@code refuseModel}, {@code importModel}
     * @param refused   true for a refusal
     */
    void record(String operation, String summary, boolean refused);

    /** Events recorded in the audit trail, each in its own transaction, as the service instance. */
    static ModelEvents auditing(AuditTrail audit, String instance) {
        AuditTrail.Actor actor = new AuditTrail.Actor("service:" + instance, CredentialKind.COMMAND, null);
        return (operation, summary, refused) -> audit.recordSeparately(new AuditTrail.Entry(actor, operation, List.of(), summary,
                refused ? AuditEvent.Outcome.REFUSED : AuditEvent.Outcome.SUCCEEDED));
    }
}
