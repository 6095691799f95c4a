package com.ecosystemgraph.audit;

import com.ecosystemgraph.availability.DatabaseAvailability;
import com.ecosystemgraph.availability.Unavailability;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.security.CredentialKind;
import com.ecosystemgraph.security.Role;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Writes audit events: in the caller's transaction (the change and its record commit or roll back
 * together), or on their own for what changed nothing (a refusal, a rejected input).
 */
@Service
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    /** Longest summary kept; inputs are capped by the API's limits, but a summary stays short. */
    static final int MAX_SUMMARY = 1_000;

    /** Who did it, as recorded. */
    public record Actor(String name, CredentialKind credential, String role) {

        /** The signed-in caller of a request. */
        public static Actor of(Authentication authentication) {
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
                return new Actor("anonymous", CredentialKind.SESSION, null);
            }
            return new Actor(authentication.getName(), CredentialKind.of(authentication), highestRole(authentication));
        }

        /** A command of the jar, run by whoever runs it on the machine. */
        public static Actor command(String command) {
            return new Actor("command:" + command, CredentialKind.COMMAND, Role.ADMIN.username());
        }

        private static String highestRole(Authentication authentication) {
            Role highest = null;
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (role.authority().equals(authority.getAuthority()) && (highest == null || role.compareTo(highest) > 0)) {
                        highest = role;
                    }
                }
            }
            return highest == null ? null : highest.username();
        }
    }

    /** What happened, before it is written. */
    public record Entry(Actor actor, String operation, List<String> nodeIds, String summary, AuditEvent.Outcome outcome) {
    }

    private final CypherRunner cypher;
    private final Driver driver;
    private final String database;
    private final DatabaseAvailability availability;

    AuditTrail(CypherRunner cypher, Driver driver, EcosystemProperties properties, DatabaseAvailability availability) {
        this.cypher = cypher;
        this.driver = driver;
        this.database = properties.neo4j().database();
        this.availability = availability;
    }

    /** Writes the event in the current (Spring-managed) transaction: it commits or rolls back with the change. */
    public void recordInTransaction(Entry entry) {
        cypher.write("audit/record", parameters(entry));
    }

    /** Writes the event in a transaction of its own: for what changed nothing, or outside any transaction (the import). */
    public void recordSeparately(Entry entry) {
        if (!availability.isReachable()) {
            // Nothing changed that the event would describe; the outage's closing log line counts what was missed.
            availability.skipped();
            return;
        }
        write(entry);
    }

    /**
     * Writes the event of a write that reached the database and was rolled back there (its request's time
     * ran out first), in a transaction of its own, even while the database is counted unreachable: such a
     * write ends when the database answers again, usually before the next availability check has seen it
     * back, and the trail is where its author learns that it was not written.
     */
    public void recordAbandonedWrite(Entry entry) {
        write(entry);
    }

    private void write(Entry entry) {
        try (Session session = driver.session(database == null || database.isBlank()
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(database))) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query("audit/record"), parameters(entry)).consume());
        } catch (RuntimeException e) {
            if (Unavailability.is(e)) {
                availability.unreachable(e);
                availability.skipped();
                return;
            }
            // A refusal must not turn into a failure of its own; the log says the trail missed one.
            LOG.error("Could not record the audit event of {} by {} ({})", entry.operation(), entry.actor().name(), entry.outcome(), e);
        }
    }

    static Map<String, Object> parameters(Entry entry) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("at", ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        parameters.put("actor", entry.actor().name());
        parameters.put("credential", entry.actor().credential().name());
        parameters.put("role", entry.actor().role());
        parameters.put("operation", entry.operation());
        parameters.put("nodeIds", entry.nodeIds());
        String summary = entry.summary() == null ? "" : entry.summary();
        parameters.put("summary", summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary);
        parameters.put("outcome", entry.outcome().name());
        return parameters;
    }
}
