package com.ecosystemgraph.graphql.join;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Value;

/**
 * A GraphQL object type read from one node: its read model, how to map it, and which stored
 * properties each of its fields needs.
 *
 * <p>A field named like a component of the read-model record is a stored property of the same name
 * (the records are mapped from the properties one to one); a {@link #derived derived} field names the
 * properties it is computed from. A selected field that is neither, nor a {@link Link}, makes the
 * statement read every property of the node, since whatever serves it may read any of the record.
 *
 * @param <T> the read model
 */
public final class NodeType<T> {

    final String name;
    final String stem;
    final Function<Value, T> mapper;
    final Function<T, String> id;
    final Set<String> properties;
    final Map<String, List<String>> derived = new HashMap<>();
    final Map<String, String> indexed = new java.util.LinkedHashMap<>();
    final Map<String, IndexOrder> indexOrders = new HashMap<>();

    /**
     * An order that a range index on {@code property} answers, when one of {@code whenGiven} is given (always
     * when it is empty).
     */
    record IndexOrder(String property, List<String> whenGiven, List<String> within) {

        boolean answers(Map<String, ?> parameters) {
            return (whenGiven.isEmpty() || whenGiven.stream().anyMatch(parameter -> parameters.get(parameter) != null))
                    && within.stream().allMatch(parameter -> parameters.get(parameter) instanceof List<?> values && values.size() == 1);
        }
    }

    private NodeType(String name, Function<Value, T> mapper, Function<T, String> id, Set<String> properties) {
        this.name = name;
        this.stem = name.toLowerCase(Locale.ROOT);
        this.mapper = mapper;
        this.id = id;
        this.properties = properties;
    }

    /**
     * @param name the GraphQL type, e.g. {@code Partner}; its root fragments are {@code join/partner-by-ids}
     *             and {@code join/partner-page}
     * @param model the read-model record: its components are the stored properties
     * @param mapper maps a node (or a map projection of some of its properties) to the record; absent properties are null
     * @param id the record's id
     */
    public static <T extends Record> NodeType<T> of(String name, Class<T> model, Function<Value, T> mapper, Function<T, String> id) {
        Set<String> properties = new LinkedHashSet<>();
        for (var component : model.getRecordComponents()) {
            properties.add(Fragment.identifier(component.getName()));
        }
        return new NodeType<>(name, mapper, id, properties);
    }

    /** A field computed from stored properties (e.g. {@code Deal.daysToClose} from {@code createdOn} and {@code closedOn}). */
    public NodeType<T> derived(String field, String... from) {
        for (String property : from) {
            Fragment.identifier(property);
        }
        derived.put(field, List.of(from));
        return this;
    }

    /**
     * A filter parameter of the type's page fragment ({@code $types}, a list) that an index can answer
     * on {@code property}: when the request gives it, the page's {@code {{where}}} slot gets
     * {@code n0.type IN $types}, which Neo4j can seek in the index, where the fragment's own
     * {@code ($types IS NULL OR ...)} form makes it read every node of the label.
     */
    public NodeType<T> indexed(String parameter, String property) {
        indexed.put(Fragment.identifier(parameter), Fragment.identifier(property));
        return this;
    }

    /**
     * An order of the type's page ({@code orderBy: {field: NAME}}) that a range index on {@code property}
     * answers: the page's {@code {{sort}}} is then {@code n0.nameKey} itself, and {@code {{where}}} starts
     * the index at the cursor, so Neo4j reads the page's rows in index order and stops after
     * {@code first}, instead of computing and sorting the value of every node of the label. The property
     * must hold exactly the sort value (e.g. {@code nameKey}, the lower-cased name) on every node.
     */
    public NodeType<T> indexOrder(String orderField, String property) {
        indexOrders.put(orderField, new IndexOrder(Fragment.identifier(property), List.of(), List.of()));
        return this;
    }

    /**
     * An order by a property that some nodes lack ({@code Deal.amount}), whose sort fragment puts those
     * nodes last when descending and first when ascending: the index, which holds only the nodes that have
     * the property, cannot answer that order. A filter on the property ({@code minAmount}, {@code maxAmount})
     * leaves those nodes out of the page, and then the index answers it as in
     * {@link #indexOrder(String, String)}: the page reads its rows in index order from the bound or the
     * cursor instead of sorting every match. Without such a filter the sort fragment's expression is used.
     * The property must hold the sort value itself (a number for a numeric sort) where it is present.
     *
     * @param filters the page's parameters that each leave out the nodes without the property
     */
    public NodeType<T> indexOrderWhenFiltered(String orderField, String property, String... filters) {
        for (String filter : filters) {
            Fragment.identifier(filter);
        }
        indexOrders.put(orderField, new IndexOrder(Fragment.identifier(property), List.of(filters), List.of()));
        return this;
    }

    /**
     * An order that a composite index answers within the rows its leading properties fix: with an index on
     * {@code (segment, region, arrKey)}, the customers of one segment and one region are in index order by
     * {@code arrKey}. When every one of {@code filters} ({@link #indexed} parameters, in the index's order)
     * is given with exactly one value, the page is ordered by their properties and then {@code property}
     * (the same order, as those are fixed), and Neo4j seeks the index and stops after the page; otherwise the
     * sort fragment's expression is used. As for {@link #indexOrder(String, String)}, {@code property} must
     * hold exactly the sort value on every node ({@code arrKey}: the ARR, -1.0 where it is missing).
     */
    public NodeType<T> indexOrderWithin(String orderField, String property, String... filters) {
        for (String filter : filters) {
            if (!indexed.containsKey(filter)) {
                throw new IllegalArgumentException(filter + " is not an indexed filter of " + name);
            }
        }
        indexOrders.put(orderField, new IndexOrder(Fragment.identifier(property), List.of(), List.of(filters)));
        return this;
    }

    String name() {
        return name;
    }
}
