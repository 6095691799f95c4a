package com.ecosystemgraph.graphql.join;

import com.ecosystemgraph.cypher.CypherStatements;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One fragment file of {@code cypher/queries/join/}, filled in for one use.
 *
 * <p>A fragment has slots for names only the composer chooses: {@code {{parent}}} (the parent
 * node's variable), {@code {{node}}} (the child's), {@code {{rel}}} (the relationship's),
 * {@code {{fields}}} (the child's map projection: its selected properties and the nested fragments),
 * {@code {{types}}} (relationship types from an enum allowlist, e.g. {@code SOURCED|CO_SOLD}),
 * {@code {{relationship}}} (the relationship's properties, or an empty map when none is selected) and
 * {@code {{where}}} (a root's index-backed conditions, {@code n0.type IN $types AND ...}, or {@code true}).
 * Its {@code $parameters} get a prefix per use ({@code $limit} becomes {@code $l3_limit}), so that
 * the same fragment can appear several times in one statement. Nothing the caller sends is ever put
 * into the text: argument values travel as parameters, and every variable, key and property name is
 * checked against {@link #IDENTIFIER}.
 */
final class Fragment {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SLOT = Pattern.compile("\\{\\{(parent|node|rel|fields|types|where|relationship)}}");
    private static final Map<String, Fragment> CACHE = new ConcurrentHashMap<>();

    final String name;
    private final String text;
    /** The parameters the fragment uses, without {@code $}. */
    final Set<String> parameters;

    private Fragment(String name, String text) {
        this.name = name;
        this.text = text;
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        this.parameters = Set.copyOf(found);
        String unknown = Pattern.compile("\\{\\{[^}]*}}").matcher(SLOT.matcher(text).replaceAll("")).results()
                .map(r -> r.group()).collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Fragment " + name + " has unknown slots: " + unknown);
        }
    }

    /** The fragment {@code cypher/queries/<name>.cypher}, its whole-line comments left out (they would only lengthen every statement). */
    static Fragment load(String name) {
        return CACHE.computeIfAbsent(name, n -> new Fragment(n, CypherStatements.query(n).lines()
                .filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"))));
    }

    /**
     * The text for one use.
     *
     * @param prefix put before every parameter name ({@code ""} for a root fragment)
     * @param fields the child's projection, already composed (its own parameters already prefixed)
     * @param types the relationship types, already checked against their allowlist
     * @param where a root's index-backed conditions, already composed (parameters not prefixed: roots have none)
     */
    String fill(String prefix, String parent, String node, String rel, String fields, String types, String where) {
        return fill(prefix, parent, node, rel, fields, types, where, false);
    }

    /** As {@link #fill(String, String, String, String, String, String, String)}; {@code relationship}: read its properties. */
    String fill(String prefix, String parent, String node, String rel, String fields, String types, String where, boolean relationship) {
        String renamed = prefix.isEmpty() ? text : PARAMETER.matcher(text).replaceAll(m -> Matcher.quoteReplacement("$" + prefix + m.group(1)));
        Map<String, String> slots = Map.of("parent", identifier(parent), "node", identifier(node), "rel", identifier(rel),
                "fields", fields, "types", types, "where", where, "relationship", relationship ? "properties(" + rel + ")" : "{}");
        return SLOT.matcher(renamed).replaceAll(m -> Matcher.quoteReplacement(slots.get(m.group(1))));
    }

    /** A name the composer puts into a statement: a plain identifier, or an error (it never comes from a request). */
    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a Cypher identifier: '" + name + "'");
        }
        return name;
    }
}
