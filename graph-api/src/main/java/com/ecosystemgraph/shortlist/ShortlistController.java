package com.ecosystemgraph.shortlist;

import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.security.RecruiterAccess;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code shortlist}, {@code shortlistProspect}, {@code removeFromShortlist}: one list for the whole
 * recruiting team (recruiters and admins), because recruiting prospects is team work: two recruiters
 * must see that a prospect is already in talks, and the notes of the one who called it. Each entry
 * says who added it and who changed it last; the audit trail has every change.
 */
@Controller
@RecruiterAccess
class ShortlistController {

    /** Longest notes kept. */
    static final int MAX_NOTES = 2_000;
    /** Most prospects on the list. */
    static final int MAX_ENTRIES = 500;

    private final CypherRunner cypher;

    ShortlistController(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** {@code ShortlistPayload}. */
    record Payload(ShortlistEntry entry, List<UserError> errors) {
    }

    /** {@code RemoveFromShortlistPayload}. */
    record RemovePayload(String removedProspectId, List<UserError> errors) {
    }

    /** {@code RemoveFromShortlistInput}. */
    /** The shortlistProspect input: a field left out keeps its value, notes sent as null clear them. */
    record ShortlistInput(String prospectId, ArgumentValue<ShortlistStatus> status, ArgumentValue<String> notes) {
    }

    record RemoveInput(String prospectId) {
    }

    @QueryMapping
    @Transactional(readOnly = true)
    public List<ShortlistEntry> shortlist(@Argument List<ShortlistStatus> statuses) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", Filters.stored(statuses));
        parameters.put("limit", MAX_ENTRIES);
        return cypher.list("shortlist/list", parameters, ShortlistEntry::from);
    }

    @MutationMapping
    @Transactional
    public Payload shortlistProspect(@Argument ShortlistInput input) {
        String prospectId = input.prospectId().strip();
        String notes = input.notes().value() == null ? null : input.notes().value().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            return rejected("notes", "the notes have " + notes.length() + " characters; at most " + MAX_NOTES, UserError.Code.INVALID);
        }
        Map<String, Object> found = cypher.one("shortlist/find", Map.of("prospectId", prospectId), r -> Map.<String, Object>of(
                "status", r.get("status").isNull() ? "" : r.get("status").asString(),
                "listed", !r.get("s").isNull(),
                "entries", r.get("entries").asLong())).orElseThrow();
        boolean listed = (Boolean) found.get("listed");
        if (!listed) {
            // A new entry must name a prospect; an entry stays (and can change) after its prospect signs or is deleted.
            if (found.get("status").toString().isEmpty()) {
                return rejected("prospectId", "no prospect has id " + prospectId, UserError.Code.NOT_FOUND);
            }
            if (!"prospect".equals(found.get("status"))) {
                return rejected("prospectId", prospectId + " is a signed partner (status " + found.get("status")
                        + "), not a prospect: the shortlist is for prospects", UserError.Code.INVALID);
            }
            if ((Long) found.get("entries") >= MAX_ENTRIES) {
                return rejected("prospectId", "the shortlist holds " + MAX_ENTRIES + " prospects, its most: take one off first",
                        UserError.Code.INVALID);
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("prospectId", prospectId);
        parameters.put("setStatus", !input.status().isOmitted());
        parameters.put("status", input.status().value() == null ? null : input.status().value().name().toLowerCase(Locale.ROOT));
        parameters.put("setNotes", !input.notes().isOmitted());
        parameters.put("notes", notes == null || notes.isEmpty() ? null : notes);
        parameters.put("by", caller());
        parameters.put("now", ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        return new Payload(cypher.one("shortlist/upsert", parameters, ShortlistEntry::from).orElseThrow(), List.of());
    }

    @MutationMapping
    @Transactional
    public RemovePayload removeFromShortlist(@Argument RemoveInput input) {
        long removed = cypher.one("shortlist/remove", Map.of("prospectId", input.prospectId()), r -> r.get("removed").asLong()).orElse(0L);
        if (removed == 0) {
            return new RemovePayload(null,
                    List.of(new UserError("prospectId", input.prospectId() + " is not on the shortlist", UserError.Code.NOT_FOUND)));
        }
        return new RemovePayload(input.prospectId(), List.of());
    }

    private static Payload rejected(String field, String message, UserError.Code code) {
        return new Payload(null, List.of(new UserError(field, message, code)));
    }

    private static String caller() {
        return AuditTrail.Actor.of(SecurityContextHolder.getContext().getAuthentication()).name();
    }
}
