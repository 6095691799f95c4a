package com.ecosystemgraph.graphql.join;

import com.ecosystemgraph.cypher.CypherStatements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * {@code {{relationship}}} (the relationship's properties, or an empty map when none is selected),
 * {@code {{where}}} (a root's index-backed conditions, {@code n0.type IN $types AND ...}, or {@code true}),
 * and in a page root {@code {{sort}}} (the sort value: {@code n0.nameKey} where an index answers the
 * order, else the expression of the page's {@code -sort} fragment) and {@code {{direction}}}.
 * Its {@code $parameters} get a prefix per use ({@code $limit} becomes {@code $l3_limit}), so that
 * the same fragment can appear several times in one statement. Nothing the caller sends is ever put
 * into the text: argument values travel as parameters, and every variable, key and property name is
 * checked against {@link #IDENTIFIER}.
 */
final class Fragment {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SLOT = Pattern.compile("\\{\\{(parent|node|rel|fields|types|where|relationship|sort|direction|within)}}");
    private static final Map<String, Fragment> CACHE = new ConcurrentHashMap<>();
    /** A whole line that is an optional condition: {@code AND ($name IS NULL OR ...)}, kept only when {@code $name} is given. */
    private static final Pattern OPTIONAL = Pattern.compile("\\s*AND \\(\\$([A-Za-z_][A-Za-z0-9_]*) IS NULL OR .*\\)\\s*");
    /** A branch of a {@code -sort} fragment's CASE, one per line: {@code WHEN 'FIELD' THEN expression}, or {@code ELSE expression}. */
    private static final Pattern BRANCH = Pattern.compile("\\s*(?:WHEN '([A-Z_]+)' THEN|ELSE) (.+?)\\s*");

    final String name;
    /** The text without its whole-line comments. */
    private final String text;
    /** The parameters of its optional conditions. */
    private final Set<String> optional;
    /** The text cut at its slots and parameters: literal text, {@code {{slot}}} or {@code $parameter}, in order. */
    private final List<Part> parts;
    /** The parameters the fragment uses, without {@code $}. */
    final Set<String> parameters;

    private record Part(String text, String slot, String parameter) {
    }

    private Fragment(String name, String text) {
        this.name = name;
        this.text = text;
        Set<String> conditions = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            Matcher optionalLine = OPTIONAL.matcher(line);
            if (optionalLine.matches()) {
                if (!balanced(line)) {
                    throw new IllegalStateException("Fragment " + name + ": an optional condition must close its parentheses on its line: "
                            + line.strip());
                }
                conditions.add(optionalLine.group(1));
            }
        }
        this.optional = Set.copyOf(conditions);
        String unknown = Pattern.compile("\\{\\{[^}]*}}").matcher(SLOT.matcher(text).replaceAll("")).results()
                .map(r -> r.group()).collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Fragment " + name + " has unknown slots: " + unknown);
        }
        List<Part> cut = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile(SLOT.pattern() + "|" + PARAMETER.pattern()).matcher(text);
        int at = 0;
        while (m.find()) {
            cut.add(new Part(text.substring(at, m.start()), null, null));
            cut.add(m.group(1) != null ? new Part(null, m.group(1), null) : new Part(null, null, m.group(2)));
            if (m.group(2) != null) {
                found.add(m.group(2));
            }
            at = m.end();
        }
        cut.add(new Part(text.substring(at), null, null));
        this.parts = List.copyOf(cut);
        this.parameters = Set.copyOf(found);
    }

    /** The fragment {@code cypher/queries/<name>.cypher}, its whole-line comments left out (they would only lengthen every statement). */
    static Fragment load(String name) {
        return CACHE.computeIfAbsent(name, n -> new Fragment(n, CypherStatements.query(n).lines()
                .filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"))));
    }

    /**
     * This fragment for one use's values: its optional conditions ({@code AND ($x IS NULL OR ...)} lines)
     * whose parameter is not given (absent or null) left out. Such a line would only check, row by row,
     * that the parameter is null; Neo4j plans it anyway (an {@code EXISTS {}} as a semi-apply), and a cursor
     * condition, even one that is always true, keeps it from keeping only the page while it sorts (a
     * full sort instead of a top-k; ADR 0012). The rest of the text and its parameters are unchanged.
     */
    Fragment given(Map<String, ?> values) {
        Set<String> absent = new TreeSet<>();
        for (String parameter : optional) {
            if (values.get(parameter) == null) {
                absent.add(parameter);
            }
        }
        if (absent.isEmpty()) {
            return this;
        }
        return CACHE.computeIfAbsent(name + " without " + absent, n -> new Fragment(name, text.lines()
                .filter(line -> {
                    Matcher optionalLine = OPTIONAL.matcher(line);
                    return !optionalLine.matches() || !absent.contains(optionalLine.group(1));
                })
                .collect(Collectors.joining("\n"))));
    }

    /**
     * The expression of one branch of a {@code -sort} fragment's {@code CASE $orderField} (one branch per
     * line), with {@code {{node}}} as {@code n0}: the order a page asks for is known when its statement is
     * composed, so Neo4j need not evaluate the CASE for every row.
     */
    String branch(String field) {
        String fallback = null;
        for (String line : text.split("\n")) {
            Matcher m = BRANCH.matcher(line);
            if (m.matches()) {
                if (m.group(1) == null) {
                    fallback = m.group(2);
                } else if (m.group(1).equals(field)) {
                    return onN0(m.group(2));
                }
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("Fragment " + name + " has no branch for " + field + " and no ELSE line");
        }
        return onN0(fallback);
    }

    private String onN0(String expression) {
        String filled = expression.replace("{{node}}", "n0");
        if (filled.contains("{{") || PARAMETER.matcher(filled).find()) {
            throw new IllegalStateException("Fragment " + name + ": a sort branch may use {{node}} only: " + expression);
        }
        return filled;
    }

    private static boolean balanced(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            }
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
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

    /**
     * A page root: {@code {{node}}} is {@code n0}, {@code {{where}}} its index-backed conditions,
     * {@code {{sort}}} the sort value's expression and {@code {{direction}}} {@code ASC} or {@code DESC};
     * {@code {{within}}} orders first by {@code within} ({@code n0.segment}, {@code n0.region}: properties a
     * single-valued filter fixes, so the order is the sort value's), which lets Neo4j read a composite index on
     * them and the sort property in order (empty: none).
     */
    String fillPage(String fields, String where, List<String> within, String sort, boolean descending) {
        String direction = descending ? "DESC" : "ASC";
        StringBuilder leading = new StringBuilder();
        for (String property : within) {
            leading.append("n0.").append(identifier(property)).append(' ').append(direction).append(", ");
        }
        return fill("", "n0", "n0", "r0", fields, "", where, false, sort, direction, leading.toString());
    }

    /** As {@link #fill(String, String, String, String, String, String, String)}; {@code relationship}: read its properties. */
    String fill(String prefix, String parent, String node, String rel, String fields, String types, String where, boolean relationship) {
        return fill(prefix, parent, node, rel, fields, types, where, relationship, null, null, null);
    }

    private String fill(String prefix, String parent, String node, String rel, String fields, String types, String where,
            boolean relationship,
            String sort, String direction, String within) {
        identifier(parent);
        identifier(node);
        identifier(rel);
        StringBuilder out = new StringBuilder(256 + fields.length());
        for (Part part : parts) {
            if (part.text() != null) {
                out.append(part.text());
            } else if (part.parameter() != null) {
                out.append('$').append(prefix).append(part.parameter());
            } else {
                out.append(switch (part.slot()) {
                    case "parent" -> parent;
                    case "node" -> node;
                    case "rel" -> rel;
                    case "fields" -> fields;
                    case "types" -> types;
                    case "where" -> where;
                    case "relationship" -> relationship ? "properties(" + rel + ")" : "{}";
                    case "sort" -> required(sort, "sort");
                    case "direction" -> required(direction, "direction");
                    case "within" -> required(within, "within");
                    default -> throw new IllegalStateException("No slot " + part.slot());
                });
            }
        }
        return out.toString();
    }

    private String required(String value, String slot) {
        if (value == null) {
            throw new IllegalStateException("Fragment " + name + " has {{" + slot + "}}, which only a page root fills");
        }
        return value;
    }

    /** A name the composer puts into a statement: a plain identifier, or an error (it never comes from a request). */
    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a Cypher identifier: '" + name + "'");
        }
        return name;
    }
}
