package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.NodeKind;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.neo4j.CypherRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Writes one row given by a GraphQL mutation, through the rules and the write statement of the CSV
 * import: the input's typed values ({@link RowInput}, by column; the input fields are the columns in
 * camel case) are validated by {@link RowRules#validate} (the rules the import applies after parsing
 * a cell, with no text in between), its references are looked up in the graph, and the file's
 * statement writes it. One set of rules, one write path.
 */
@Service
public class RowWriter {

    private final CypherRunner cypher;
    private final ApplicationEventPublisher events;

    RowWriter(CypherRunner cypher, ApplicationEventPublisher events) {
        this.cypher = cypher;
        this.events = events;
    }

    /** A problem with the input: the input field (camel case) and the reason. */
    public record Problem(String field, String message, boolean notFound) {

        /** The problems of a checked row as a payload's user errors, with each field prefixed (e.g. "partners[2]."). */
        public static List<UserError> userErrors(List<Problem> problems, String prefix) {
            return problems.stream()
                    .map(p -> new UserError(prefix + p.field(), p.message(),
                            p.notFound() ? UserError.Code.NOT_FOUND : UserError.Code.INVALID))
                    .toList();
        }
    }

    /** A checked row ready to write, or the problems that stop it. */
    public record Checked(EcosystemFile file, Map<String, Object> parameters, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks a mutation's typed input against the rules of its file ({@link RowRules#validate}), then
     * looks up the ids it refers to. Columns absent from the input are left as they are in the graph;
     * columns given as null clear the property.
     */
    public Checked check(RowInput input) {
        EcosystemFile file = input.file();
        List<RowRules.Violation> violations = new ArrayList<>();
        for (String missing : RowRules.missingRequiredColumns(file, input.values().keySet())) {
            violations.add(new RowRules.Violation(missing, "required value is missing"));
        }
        RowRules.Values values = RowRules.validate(file, input.values(), violations);
        List<Problem> problems = new ArrayList<>();
        for (RowRules.Violation violation : violations) {
            problems.add(new Problem(field(violation.column()), violation.reason(), false));
        }
        Map<String, NodeKind> kinds = new HashMap<>();
        if (problems.isEmpty()) {
            file.references().forEach((column, allowed) -> {
                String id = values.text(column);
                List<NodeKind> found = new ArrayList<>();
                for (NodeKind kind : allowed) {
                    if (exists(kind, id)) {
                        found.add(kind);
                    }
                }
                if (found.isEmpty()) {
                    problems.add(new Problem(field(column), "no " + String.join(" or ",
                            allowed.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()) + " has the id '" + id + "'", true));
                } else if (found.size() > 1) {
                    problems.add(new Problem(field(column), "'" + id + "' names both a partner and a customer", false));
                } else {
                    kinds.put(id, found.getFirst());
                }
            });
        }
        Map<String, Object> parameters = problems.isEmpty() ? RowParameters.of(file, values, (id, allowed) -> kinds.get(id)) : Map.of();
        return new Checked(file, parameters, List.copyOf(problems));
    }

    /** The stored object after a write, or the problems that stopped it (then nothing was written). */
    public record Outcome<T>(T stored, List<Problem> problems) {

        /** The problems as a payload's user errors, without prefix. */
        public List<UserError> userErrors() {
            return Problem.userErrors(problems, "");
        }
    }

    /**
     * Checks the input as a row of its file; if it is valid, writes it and reads back what was
     * stored. The caller's transaction holds both, so a failure leaves nothing half-written.
     */
    public <T> Outcome<T> upsert(RowInput input, Supplier<T> readBack) {
        Checked checked = check(input);
        if (!checked.valid()) {
            return new Outcome<>(null, checked.problems());
        }
        write(checked);
        return new Outcome<>(readBack.get(), List.of());
    }

    /** Writes a checked row with its file's import statement (in the caller's transaction). */
    public void write(Checked checked) {
        if (!checked.valid()) {
            throw new IllegalStateException("Refusing to write a row with problems: " + checked.problems());
        }
        cypher.write(checked.file().statement(), Map.of("rows", List.of(checked.parameters())));
        events.publishEvent(new EcosystemChanged(checked.file()));
    }

    /** Tells listeners (the scoring service) that something other than one row changed, e.g. a deletion. */
    public void changed() {
        events.publishEvent(new EcosystemChanged(null));
    }

    public boolean exists(NodeKind kind, String id) {
        return !cypher.list("import/existing-" + kind.name().toLowerCase(Locale.ROOT) + "-ids", Map.of("ids", List.of(id)),
                r -> r.get("id").asString()).isEmpty();
    }

    /** The mutation input field of a column: {@code certified_staff} is {@code certifiedStaff}. */
    static String field(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
