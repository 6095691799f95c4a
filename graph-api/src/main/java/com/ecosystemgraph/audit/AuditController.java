package com.ecosystemgraph.audit;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graphql.Page;
import com.ecosystemgraph.security.AdminAccess;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code auditEvents} for admins: the trail newest first, filtered and paged. */
@Controller
class AuditController {

    /** The {@code AuditEventFilter} input. */
    record AuditEventFilter(String actor, List<String> operations, String nodeId, List<AuditEvent.Outcome> outcomes,
            LocalDate from, LocalDate to) {
    }

    private final CypherRunner cypher;

    AuditController(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @QueryMapping
    @AdminAccess
    @Transactional(readOnly = true)
    public Connection<AuditEvent> auditEvents(@Argument AuditEventFilter filter, @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after, null, "AT");
        Map<String, Object> parameters = filter(filter == null ? new AuditEventFilter(null, null, null, null, null, null) : filter);
        Map<String, Object> count = new HashMap<>(parameters);
        ZonedDateTime afterAt = null;
        String afterId = null;
        if (page.after() != null) {
            try {
                afterAt = ZonedDateTime.parse(String.valueOf(page.after().value()));
                afterId = page.after().id();
            } catch (RuntimeException e) {
                throw new BadRequestException("'after' is not a cursor of auditEvents");
            }
        }
        parameters.put("afterAt", afterAt);
        parameters.put("afterId", afterId);
        parameters.put("limit", page.first() + 1);
        List<Page.Sorted<AuditEvent>> rows = cypher.list("audit/page", parameters, r -> {
            AuditEvent event = AuditEvent.from(r.get("e"));
            return new Page.Sorted<>(event, event.at().toOffsetDateTime().toString());
        });
        return page.connection(rows, AuditEvent::id, () -> cypher.one("audit/count", count, r -> r.get("count").asLong()).orElse(0L));
    }

    private static Map<String, Object> filter(AuditEventFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new BadRequestException("filter.to (" + filter.to() + ") is before filter.from (" + filter.from() + ")");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("actor", Filters.text(filter.actor()));
        parameters.put("operations", Filters.texts(filter.operations()));
        parameters.put("nodeId", Filters.text(filter.nodeId()));
        parameters.put("outcomes", filter.outcomes() == null || filter.outcomes().isEmpty()
                ? null
                : filter.outcomes().stream().map(Enum::name).toList());
        parameters.put("from", filter.from() == null ? null : filter.from().atStartOfDay(ZoneOffset.UTC));
        parameters.put("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC));
        return parameters;
    }

    @SchemaMapping(typeName = "AuditEventConnection", field = "totalCount")
    @AdminAccess
    long totalCount(Connection<?> connection) {
        return connection.totalCount();
    }

    @SchemaMapping(typeName = "AuditEvent", field = "at")
    @AdminAccess
    String at(AuditEvent event) {
        return event.atText();
    }
}
