package com.ecosystemgraph.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;

/**
 * A mutation's typed input as the values of one row of an {@link EcosystemFile}, by column name,
 * for {@link RowWriter#check}. A field left out of the input (an omitted {@link ArgumentValue}) is
 * absent and keeps its stored value; a field given as {@code null} is present with {@code null} and
 * clears it (docs/adr/0024-typed-mutation-inputs.md).
 */
public final class RowInput {

    private final EcosystemFile file;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private RowInput(EcosystemFile file) {
        this.file = file;
    }

    /** An empty row of {@code file}. */
    public static RowInput of(EcosystemFile file) {
        return new RowInput(file);
    }

    /** A value the input always has (a non-null field of the input type). */
    public RowInput with(String column, Object value) {
        values.put(known(column), value);
        return this;
    }

    /** A value the input may leave out (omitted: the column is left as stored) or give as null (cleared). */
    public RowInput with(String column, ArgumentValue<?> value) {
        if (!value.isOmitted()) {
            values.put(known(column), value.value());
        }
        return this;
    }

    EcosystemFile file() {
        return file;
    }

    /** The columns given, with their values ({@code null} for a column given as null). */
    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    private String known(String column) {
        if (file.column(column).isEmpty()) {
            throw new IllegalArgumentException(file.fileName() + " has no column '" + column + "'");
        }
        return column;
    }
}
