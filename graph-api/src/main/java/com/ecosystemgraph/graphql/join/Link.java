package com.ecosystemgraph.graphql.join;

import com.ecosystemgraph.graphql.Connection;
import com.ecosystemgraph.graphql.SortKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.neo4j.driver.Value;

/**
 * A nested field that the statement of its parent can read in a subquery: a to-one link
 * ({@code Deal.customer}), a list ({@code Partner.integrations}) or a connection with {@code first}
 * and {@code after} ordered by the child's id ({@code Partner.customers}).
 *
 * <p>Its fragment is {@code join/<parent>-<field>.cypher} (e.g. {@code join/partner-customers}), a
 * connection's count {@code join/<parent>-<field>-total.cypher}. The fragment returns the child as
 * {@code {{node}} { {{fields}} }}, or, for links that also carry the relationship (a partner's role
 * on a deal), a map {@code {type, relationship, node}}: then {@link #items} or {@link #edges} build
 * the GraphQL value from the child and that map.
 *
 * <p>A link must be served with the same access rule as its parent's root fields (all of them are
 * {@code @ViewerAccess}): a joined value is returned without calling the field's controller method.
 */
public final class Link {

    enum Shape {
        ONE, LIST, CONNECTION
    }

    final String parentType;
    final String field;
    final String childType;
    final Shape shape;
    final String fragment;
    final String totalFragment;
    String nodePath = "";
    boolean rich;
    Function<Map<String, Object>, Map<String, Object>> filters = arguments -> new HashMap<>();
    BiFunction<Object, Value, Object> item = (child, row) -> child;
    Set<String> relationshipFields = Set.of();
    List<String> allowedTypes = List.of();
    Function<Map<String, Object>, Collection<String>> chosenTypes = arguments -> null;
    EdgeFactory edge = (position, child, row) -> new Connection.Plain<>(position, child);

    private Link(String parentType, String field, String childType, Shape shape) {
        this.parentType = parentType;
        this.field = field;
        this.childType = childType;
        this.shape = shape;
        String stem = "join/" + parentType.toLowerCase(Locale.ROOT) + "-" + field.toLowerCase(Locale.ROOT);
        this.fragment = stem;
        this.totalFragment = shape == Shape.CONNECTION ? stem + "-total" : null;
        if (shape == Shape.CONNECTION) {
            nodePath = "edges/node";
        }
    }

    /** A to-one field: the fragment returns at most one child. */
    public static Link one(String parentType, String field, String childType) {
        return new Link(parentType, field, childType, Shape.ONE);
    }

    /** A list field, in the fragment's order. */
    public static Link list(String parentType, String field, String childType) {
        return new Link(parentType, field, childType, Shape.LIST);
    }

    /** A connection ordered by the child's id, with {@code first}, {@code after} and {@code totalCount}. */
    public static Link connection(String parentType, String field, String childType) {
        return new Link(parentType, field, childType, Shape.CONNECTION);
    }

    /**
     * Converts the field's filter arguments (as GraphQL coerced them: enum values as their names) to
     * the fragment's parameters; throws {@code BadRequestException} for a value the field refuses,
     * and the field is then served by its own fetcher, which reports the error at its path.
     */
    public Link filters(Function<Map<String, Object>, Map<String, Object>> filters) {
        this.filters = filters;
        return this;
    }

    /**
     * The relationship types the fragment's {@code {{types}}} slot matches: those {@code chosen} from
     * the arguments, or all of {@code allowed} when it chooses none. Types only ever come from the
     * allowlist (an enum's relationship types), never from the request's text; matching the types in
     * the pattern lets Neo4j expand only those relationships.
     */
    public Link types(List<String> allowed, Function<Map<String, Object>, Collection<String>> chosen) {
        allowed.forEach(Fragment::identifier);
        this.allowedTypes = List.copyOf(allowed);
        this.chosenTypes = chosen;
        return this;
    }

    /** The {@code {{types}}} slot for these arguments ({@code SOURCED|CO_SOLD}). */
    String typesFor(Map<String, Object> arguments) {
        Collection<String> chosen = chosenTypes.apply(arguments);
        List<String> types = chosen == null || chosen.isEmpty()
                ? allowedTypes
                : allowedTypes.stream().filter(chosen::contains).toList();
        if (chosen != null && !allowedTypes.containsAll(chosen)) {
            throw new IllegalArgumentException("Relationship types " + chosen + " are not all in " + allowedTypes);
        }
        return String.join("|", types);
    }

    /**
     * List items that are not the child itself: the fragment returns {@code {type, relationship, node}}
     * per item, the child's selection is at {@code nodePath} within the item (e.g. {@code partner} of a
     * {@code DealPartner}), and {@code item(child, row)} builds the item.
     */
    public Link items(String nodePath, BiFunction<Object, Value, Object> item) {
        return items(nodePath, Set.of(), item);
    }

    /**
     * As {@link #items(String, BiFunction)}; {@code relationshipFields} are the item's fields read from the
     * relationship's properties: only when one of them is selected are the properties read.
     */
    public Link items(String nodePath, Set<String> relationshipFields, BiFunction<Object, Value, Object> item) {
        this.relationshipFields = relationshipFields;
        this.nodePath = nodePath;
        this.rich = true;
        this.item = item;
        return this;
    }

    /** Connection edges with more than a cursor and a node: the fragment returns {@code {type, relationship, node}} per edge. */
    public Link edges(EdgeFactory edge) {
        return edges(Set.of(), edge);
    }

    /** As {@link #edges(EdgeFactory)}; {@code relationshipFields}: the edge's fields read from the relationship's properties. */
    public Link edges(Set<String> relationshipFields, EdgeFactory edge) {
        this.relationshipFields = relationshipFields;
        this.rich = true;
        this.edge = edge;
        return this;
    }

    String coordinates() {
        return parentType + "." + field;
    }

    /** Builds an edge from its position (for its cursor), the child's read model and the fragment's row for it. */
    @FunctionalInterface
    public interface EdgeFactory {
        Connection.Edge<?> edge(SortKey position, Object child, Value row);
    }
}
