package com.ecosystemgraph.graphql;

import com.ecosystemgraph.importing.RowWriter;
import java.util.List;

/** A problem with a mutation's input, returned in its payload. */
public record UserError(String field, String message, Code code) {

    /** Kinds of input problem (GraphQL enum {@code UserErrorCode}). */
    public enum Code {
        INVALID, NOT_FOUND, FORBIDDEN
    }

    /** The problems of a checked row, with each field prefixed (e.g. "partners[2]."). */
    public static List<UserError> of(List<RowWriter.Problem> problems, String prefix) {
        return problems.stream().map(p -> new UserError(prefix + p.field(), p.message(), p.notFound() ? Code.NOT_FOUND : Code.INVALID))
                .toList();
    }

    /** The problems of an outcome, without prefix. */
    public static List<UserError> of(RowWriter.Outcome<?> outcome) {
        return of(outcome.problems(), "");
    }

    public static UserError forbidden(String field, String message) {
        return new UserError(field, message, Code.FORBIDDEN);
    }
}
