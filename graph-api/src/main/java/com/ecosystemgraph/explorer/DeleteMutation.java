package com.ecosystemgraph.explorer;

import com.ecosystemgraph.graphql.Callers;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.graph.NodeKind;
import com.ecosystemgraph.importing.RowWriter;
import com.ecosystemgraph.security.RecruiterAccess;
import com.ecosystemgraph.security.Role;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code deleteNode}: admins delete anything, recruiters only prospects. */
@Controller
class DeleteMutation {

    /** Result of deleteNode. */
    record DeleteNodePayload(long deletedNodes, long deletedRelationships, List<UserError> errors) {
    }

    /** The deleteNode input. */
    record DeleteNodeInput(NodeKind kind, String id) {
    }

    private final CypherRunner cypher;
    private final RowWriter writer;
    private final Callers callers;

    DeleteMutation(CypherRunner cypher, RowWriter writer, Callers callers) {
        this.cypher = cypher;
        this.writer = writer;
        this.callers = callers;
    }

    @MutationMapping
    @RecruiterAccess
    @Transactional
    public DeleteNodePayload deleteNode(@Argument DeleteNodeInput input) {
        if (!writer.exists(input.kind(), input.id())) {
            return new DeleteNodePayload(0, 0, List.of(new UserError("id", "no " + input.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " has the id '" + input.id() + "'", UserError.Code.NOT_FOUND)));
        }
        if (!callers.has(Role.ADMIN)) {
            boolean prospect = input.kind() == NodeKind.PARTNER && cypher.one("partner/by-id", Map.of("id", input.id()),
                    r -> "prospect".equals(r.get("p").get("status").asString(""))).orElse(false);
            if (!prospect) {
                return new DeleteNodePayload(0, 0, List.of(UserError.forbidden("kind", "recruiters may only delete prospects")));
            }
        }
        // Counted by the statement: the summary's counters would include the partner's rollup, a bookkeeping node.
        DeleteNodePayload deleted = cypher.one("explorer/delete-node", Map.of("id", input.id(), "label", input.kind().label()),
                r -> new DeleteNodePayload(r.get("deletedNodes").asLong(), r.get("deletedRelationships").asLong(), List.of()))
                .orElseThrow();
        writer.changed();
        return deleted;
    }
}
