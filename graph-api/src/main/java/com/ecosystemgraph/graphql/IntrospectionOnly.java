package com.ecosystemgraph.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an operation only asks about the schema: every root field (through fragments) is
 * {@code __schema}, {@code __type} or {@code __typename}. Such an operation reads no data, so
 * {@link QueryLimits} does not apply its depth limit to it: graphql-js {@code getIntrospectionQuery()}
 * (sent by GraphiQL and code generators) nests {@code ofType} about 15 levels deep. graphql-java's
 * good-faith introspection check still bounds it (at most 20 levels and 500 fields, and each of
 * {@code __schema}, {@code __type}, {@code __Type.fields}, {@code inputFields}, {@code interfaces},
 * {@code possibleTypes} at most once), and the cost limit still applies.
 */
final class IntrospectionOnly {

    private static final Set<String> SCHEMA_FIELDS = Set.of("__schema", "__type", "__typename");

    private IntrospectionOnly() {
    }

    static boolean test(Document document, OperationDefinition operation) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        return onlySchemaFields(operation.getSelectionSet(), fragments, new HashSet<>());
    }

    private static boolean onlySchemaFields(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> seen) {
        if (selections == null) {
            return true;
        }
        for (Selection<?> selection : selections.getSelections()) {
            boolean schemaOnly = switch (selection) {
                case Field field -> SCHEMA_FIELDS.contains(field.getName());
                case InlineFragment inline -> onlySchemaFields(inline.getSelectionSet(), fragments, seen);
                case FragmentSpread spread -> {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    // Validation refuses unknown and cyclic fragments before execution; a fragment already
                    // examined passed (a failing one ends the walk).
                    yield fragment != null && (!seen.add(spread.getName())
                            || onlySchemaFields(fragment.getSelectionSet(), fragments, seen));
                }
                default -> false;
            };
            if (!schemaOnly) {
                return false;
            }
        }
        return true;
    }
}
