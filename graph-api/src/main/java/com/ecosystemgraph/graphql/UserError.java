package com.ecosystemgraph.graphql;

/** A problem with a mutation's input, returned in its payload. */
public record UserError(String field, String message, Code code) {

    /** Kinds of input problem (GraphQL enum {@code UserErrorCode}). */
    public enum Code {
        INVALID, NOT_FOUND, FORBIDDEN
    }

    public static UserError forbidden(String field, String message) {
        return new UserError(field, message, Code.FORBIDDEN);
    }
}
