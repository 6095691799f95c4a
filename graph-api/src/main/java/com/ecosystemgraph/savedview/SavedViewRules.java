package com.ecosystemgraph.savedview;

import com.ecosystemgraph.graph.ExpandDirection;
import com.ecosystemgraph.graphql.UserError;
import com.ecosystemgraph.graph.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a saved view's input, each broken one a {@link UserError} naming its field; a valid
 * input comes back normalised (defaults filled, regions canonical) as it is stored.
 */
final class SavedViewRules {

    static final int MAX_NAME = 80;
    static final int MAX_NODES = 250;
    static final int MAX_ID = 200;
    static final int MAX_PER_NODE = 1_000;
    /** The explorer's kind-qualified ids: the kind, a colon and the source id (no list separators). */
    private static final Pattern QUALIFIED_ID = Pattern.compile("(Partner|Customer|Integration|Deal|Investment|Group):[^,\\s][^,]*");
    /** A property name of the graph (camelCase words and digits). */
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    /** A checked input: its errors, or the canvas and filter to store. */
    record Checked(List<UserError> errors, String name, CanvasState canvas, SavedFilter filter) {
    }

    private SavedViewRules() {
    }

    static Checked check(SaveViewInput input) {
        List<UserError> errors = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            errors.add(invalid("name", "the name is empty: give the view a name of 1 to " + MAX_NAME + " characters"));
        } else if (name.length() > MAX_NAME) {
            errors.add(invalid("name", "the name has " + name.length() + " characters; at most " + MAX_NAME));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(invalid("name", "the name contains a control character (a line break or tab)"));
        }
        CanvasState canvas = null;
        SavedFilter filter = null;
        if (input.target() == SavedViewTarget.EXPLORER) {
            if (input.canvas() == null) {
                errors.add(invalid("canvas", "an EXPLORER view needs its canvas"));
            } else {
                canvas = canvas(input.canvas(), errors);
            }
            if (input.filter() != null) {
                errors.add(invalid("filter", "an EXPLORER view has no period and segment: leave 'filter' out"));
            }
        } else {
            if (input.canvas() != null) {
                errors.add(invalid("canvas", "a " + input.target() + " view has no canvas: leave 'canvas' out"));
            }
            filter = filter(input.filter(), errors);
        }
        return new Checked(List.copyOf(errors), name, canvas, filter);
    }

    static CanvasState canvas(CanvasState c, List<UserError> errors) {
        List<String> nodes = c.nodes() == null ? List.of() : c.nodes();
        if (nodes.isEmpty() || nodes.size() > MAX_NODES) {
            errors.add(invalid("canvas.nodes", "a canvas starts from 1 to " + MAX_NODES + " nodes, got " + nodes.size()));
        }
        for (int i = 0; i < nodes.size(); i++) {
            qualified("canvas.nodes[" + i + "]", nodes.get(i), errors);
        }
        int depth = c.depth() == null ? 1 : c.depth();
        if (depth < 1 || depth > 2) {
            errors.add(invalid("canvas.depth", "depth must be 1 or 2 hops, got " + depth));
        }
        int perNode = c.perNodeLimit() == null ? 50 : c.perNodeLimit();
        if (perNode < 1 || perNode > MAX_PER_NODE) {
            errors.add(invalid("canvas.perNodeLimit", "perNodeLimit must be between 1 and " + MAX_PER_NODE + ", got " + perNode));
        }
        String region = null;
        if (c.region() != null) {
            try {
                region = Vocabulary.REGION.canonical(c.region());
            } catch (Vocabulary.UnknownValueException e) {
                errors.add(invalid("canvas.region", e.getMessage()));
            }
        }
        CanvasState.Colour colour = c.colour() == null ? CanvasState.Colour.KIND : c.colour();
        String colourProperty = property("canvas.colourProperty", c.colourProperty(), errors);
        if (colour == CanvasState.Colour.PROPERTY && colourProperty == null) {
            errors.add(invalid("canvas.colourProperty", "colour PROPERTY needs the property to colour by, e.g. arr"));
        }
        if (colour != CanvasState.Colour.PROPERTY && colourProperty != null) {
            errors.add(invalid("canvas.colourProperty", "a colour property is only used with colour PROPERTY, not " + colour));
        }
        String sizeProperty = property("canvas.sizeProperty", c.sizeProperty(), errors);
        List<String> open = openGroups(c.openGroups(), errors);
        selection(c, errors);
        return new CanvasState(List.copyOf(nodes), depth, perNode, Boolean.TRUE.equals(c.onlyListed()),
                c.kinds() == null ? List.of() : List.copyOf(c.kinds()), c.partnerType(), c.tier(), region, colour, colourProperty,
                sizeProperty, c.layout() == null ? CanvasState.Layout.FORCE : c.layout(),
                c.labelRank() == null ? CanvasState.LabelRank.DEGREE : c.labelRank(),
                c.expandTypes() == null ? List.of() : List.copyOf(c.expandTypes()),
                c.expandDirection() == null ? ExpandDirection.BOTH : c.expandDirection(),
                Boolean.TRUE.equals(c.groupLeaves()), List.copyOf(open), c.selected(), c.pathTo(),
                Boolean.TRUE.equals(c.allPaths()), Boolean.TRUE.equals(c.throughHubs()));
    }

    /** The groups opened on the canvas: at most MAX_NODES keys, each naming a node, a kind, a relationship type and a direction. */
    private static List<String> openGroups(List<String> given, List<UserError> errors) {
        List<String> open = given == null ? List.of() : given;
        if (open.size() > MAX_NODES) {
            errors.add(invalid("canvas.openGroups", "at most " + MAX_NODES + " open groups, got " + open.size()));
        }
        for (int i = 0; i < open.size(); i++) {
            String key = open.get(i);
            if (key == null || key.isBlank() || key.length() > MAX_ID || key.contains(",")) {
                errors.add(invalid("canvas.openGroups[" + i + "]",
                        "a group key names a node, a kind, a relationship type and a direction, without commas"));
            }
        }
        return open;
    }

    /** The selected node and the path target, both qualified ids; a path needs a selected node to run from. */
    private static void selection(CanvasState c, List<UserError> errors) {
        if (c.selected() != null) {
            qualified("canvas.selected", c.selected(), errors);
        }
        if (c.pathTo() != null) {
            qualified("canvas.pathTo", c.pathTo(), errors);
            if (c.selected() == null) {
                errors.add(invalid("canvas.pathTo", "a path runs from the selected node: give 'selected' too"));
            }
        }
    }

    static SavedFilter filter(SavedFilter f, List<UserError> errors) {
        if (f == null) {
            return new SavedFilter(null, null, List.of(), List.of(), List.of());
        }
        if (f.from() != null && f.asOf() != null && f.from().isAfter(f.asOf())) {
            errors.add(invalid("filter.from", "the period starts (" + f.from() + ") after it ends (" + f.asOf() + ")"));
        }
        List<String> regions = new ArrayList<>();
        List<String> given = f.regions() == null ? List.of() : f.regions();
        for (int i = 0; i < given.size(); i++) {
            try {
                String canonical = Vocabulary.REGION.canonical(given.get(i));
                if (!regions.contains(canonical)) {
                    regions.add(canonical);
                }
            } catch (Vocabulary.UnknownValueException e) {
                errors.add(invalid("filter.regions[" + i + "]", e.getMessage()));
            }
        }
        return new SavedFilter(f.asOf(), f.from(), f.partnerTypes() == null ? List.of() : List.copyOf(f.partnerTypes()),
                List.copyOf(regions), f.tiers() == null ? List.of() : List.copyOf(f.tiers()));
    }

    private static void qualified(String field, String id, List<UserError> errors) {
        if (id == null || id.length() > MAX_ID || !QUALIFIED_ID.matcher(id).matches()) {
            errors.add(invalid(field, "'" + abbreviated(id) + "' is not a node of the canvas: a kind and an id, e.g. Partner:P0001"));
        }
    }

    private static String property(String field, String value, List<UserError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!PROPERTY.matcher(value).matches()) {
            errors.add(invalid(field, "'" + abbreviated(value) + "' is not a property name (letters and digits, e.g. arr)"));
            return null;
        }
        return value;
    }

    private static String abbreviated(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }

    static UserError invalid(String field, String message) {
        return new UserError(field, message, UserError.Code.INVALID);
    }
}
