package com.ecosystemgraph.fuzz;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Hostile GraphQL requests generated from the schema (the .graphqls files): every root query and
 * mutation, arguments of the right and of wrong types, huge numbers, unicode (control characters,
 * bidi overrides, lone surrogates, combining marks), injection strings, deep nesting, many aliases,
 * huge lists, broken syntax, variables of wrong types. The same seed gives the same requests, so a
 * failure is reproduced by its seed and index.
 */
final class HostileDocuments {

    /** One request: the document and its variables (empty when there are none). */
    record Request(String document, Map<String, Object> variables, boolean mutation) {
    }

    /** Strings a probe tries against any string argument: injections, paths, format strings, leaked-looking codes. */
    static final List<String> HOSTILE_STRINGS = List.of(
            "../../etc/passwd", "..\\..\\windows\\win.ini", "%s%s%s%n", "%x%x%x%x", "Neo.ClientError",
            "Neo.ClientError.Statement.SyntaxError", "neo.transienterror.general.DatabaseUnavailable",
            "' OR 1=1 --", "\"}) MATCH (n) DETACH DELETE n //", "x' }) RETURN 1 UNION MATCH (n) RETURN n //",
            "CALL db.labels()", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "<script>alert(1)</script>", "\\", "\"", "",
            " ", "P1\u0000", "P\u202Eevil", "a\u2066b", "\u200B", "e\u0301", "\uFEFFP1", "😀", "𝕏",
            "java.lang.NullPointerException", "at com.ecosystemgraph.X.y(X.java:1)", "null", "undefined", "NaN",
            "0x41", "1e999", "-1", "P1", "C1", "D1", "I1", "V1", "Q1");

    private static final List<String> NUMBERS = List.of("0", "1", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775808", "99999999999999999999999999999", "1e308", "1e309", "-1e309", "1.5", "-0.0",
            "0.0000000000000000000000001", "1E-400");

    private static final List<String> DATES = List.of("\"2024-01-01\"", "\"2024-02-30\"", "\"2024-13-01\"",
            "\"9999999-01-01\"", "\"-0001-01-01\"", "\"2024-01-01T00:00:00Z\"", "\"\"", "\"yesterday\"",
            "\"0000-00-00\"", "\"2024-1-1\"");

    private final GraphQLSchema schema;
    private final SplittableRandom random;

    HostileDocuments(GraphQLSchema schema, long seed) {
        this.schema = schema;
        this.random = new SplittableRandom(seed);
    }

    Request next() {
        int kind = random.nextInt(100);
        if (kind < 55) {
            return operation(1 + random.nextInt(3));
        }
        if (kind < 63) {
            return aliases();
        }
        if (kind < 71) {
            return deep();
        }
        if (kind < 79) {
            return withVariables();
        }
        if (kind < 85) {
            return hugeList();
        }
        if (kind < 92) {
            return broken();
        }
        return operation(1 + random.nextInt(8));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private GraphQLFieldDefinition rootField(boolean mutation) {
        return pick((mutation ? schema.getMutationType() : schema.getQueryType()).getFieldDefinitions());
    }

    /** Root fields of one operation with generated arguments and selections. */
    private Request operation(int fields) {
        boolean mutation = chance(45);
        StringBuilder document = new StringBuilder(mutation ? "mutation {" : (chance(50) ? "query {" : "{"));
        for (int i = 0; i < fields; i++) {
            document.append(' ').append(fields > 1 ? "f" + i + ": " : "").append(field(rootField(mutation), 0, 1 + random.nextInt(4)));
        }
        return new Request(document.append(" }").toString(), Map.of(), mutation);
    }

    /** One root field under many aliases (a document of hundreds of lookups). */
    private Request aliases() {
        boolean mutation = chance(30);
        GraphQLFieldDefinition field = rootField(mutation);
        int count = pick(List.of(26, 50, 200, 1000));
        StringBuilder document = new StringBuilder(mutation ? "mutation {" : "{");
        String call = field(field, 0, 1);
        for (int i = 0; i < count; i++) {
            document.append(" a").append(i).append(": ").append(call);
        }
        return new Request(document.append(" }").toString(), Map.of(), mutation);
    }

    /** Deep nesting: of selections along the schema (or past it), of input lists, or of fragments. */
    private Request deep() {
        int depth = pick(List.of(11, 20, 60, 300));
        return switch (random.nextInt(3)) {
            case 0 -> {
                GraphQLFieldDefinition field = rootField(false);
                yield new Request("{ " + field(field, 0, depth) + " }", Map.of(), false);
            }
            case 1 -> {
                GraphQLFieldDefinition field = rootField(chance(40));
                String nested = "[".repeat(depth) + "\"P1\"" + "]".repeat(depth);
                String argument = field.getArguments().isEmpty() ? "x" : pick(field.getArguments()).getName();
                yield new Request("{ " + field.getName() + "(" + argument + ": " + nested + ") { __typename } }", Map.of(), false);
            }
            default -> {
                StringBuilder document = new StringBuilder("{ ...f0 }");
                for (int i = 0; i < depth; i++) {
                    document.append(" fragment f").append(i).append(" on Query { __typename ")
                            .append(i + 1 < depth ? "...f" + (i + 1) : "").append(" }");
                }
                if (chance(30)) {
                    document.append(" fragment f").append(depth).append(" on Query { ...f0 }");
                }
                yield new Request(document.toString(), Map.of(), false);
            }
        };
    }

    /** A field with variables for its arguments, the variables' values of any type (or missing). */
    private Request withVariables() {
        boolean mutation = chance(50);
        GraphQLFieldDefinition field = rootField(mutation);
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (GraphQLArgument argument : field.getArguments()) {
            String type = chance(85) ? GraphQLTypeUtil.simplePrint(argument.getType()) : pick(List.of("String", "Int!", "[ID!]!", "Nope"));
            declarations.add("$" + argument.getName() + ": " + type);
            arguments.add(argument.getName() + ": $" + argument.getName());
            if (!chance(10)) {
                variables.put(argument.getName(), variable(argument.getType(), 0));
            }
        }
        String header = declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")";
        String call = field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                + selection(field.getType(), 1, 2);
        return new Request((mutation ? "mutation" : "query") + header + " { " + call + " }", variables, mutation);
    }

    /** A list argument of thousands of items. */
    private Request hugeList() {
        boolean mutation = chance(30);
        GraphQLFieldDefinition field = rootField(mutation);
        int size = pick(List.of(251, 2000, 20000));
        String item = chance(50) ? "\"P1\"" : "{id: \"P1\"}";
        String list = "[" + String.join(",", java.util.Collections.nCopies(size, item)) + "]";
        String argument = field.getArguments().isEmpty() ? "ids" : pick(field.getArguments()).getName();
        return new Request((mutation ? "mutation" : "query") + " { " + field.getName() + "(" + argument + ": " + list + ")"
                + selection(field.getType(), 1, 1) + " }", Map.of(), mutation);
    }

    /** A document that is not GraphQL: cut short, garbage, a huge token, a huge string. */
    private Request broken() {
        Request valid = operation(1);
        String document = valid.document();
        String broken = switch (random.nextInt(6)) {
            case 0 -> document.substring(0, random.nextInt(Math.max(1, document.length())));
            case 1 -> document.replace("{", "{{");
            case 2 -> randomText(random.nextInt(200));
            case 3 -> "{ " + "a".repeat(300_000) + " }";
            case 4 -> "{ partner(id: \"" + "\\u0000".repeat(5_000) + "\") { id } }";
            default -> "query q($x: String = \"\\uD800\") { partner(id: \"\\uDFFF\\uD800\") { id } } query q { __typename }";
        };
        return new Request(broken, Map.of(), valid.mutation());
    }

    /** A field with arguments and a selection of its type; {@code depth} levels already above it. */
    private String field(GraphQLFieldDefinition field, int depth, int maxDepth) {
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
            if (required ? !chance(5) : chance(40)) {
                arguments.add(argument.getName() + ": " + literal(argument.getType(), 0));
            }
        }
        if (chance(5)) {
            arguments.add("notAnArgument: " + literal(Scalars.STRING, 0));
        }
        return field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                + selection(field.getType(), depth + 1, maxDepth);
    }

    private String selection(GraphQLOutputType type, int depth, int maxDepth) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) {
            return chance(3) ? " { id }" : "";
        }
        if (named instanceof GraphQLUnionType union) {
            StringBuilder out = new StringBuilder(" { __typename");
            for (GraphQLNamedOutputType member : union.getTypes()) {
                if (chance(50) && member instanceof GraphQLObjectType object) {
                    out.append(" ... on ").append(object.getName()).append(selection(object, depth, maxDepth));
                }
            }
            return out.append(" }").toString();
        }
        GraphQLFieldsContainer container = (GraphQLFieldsContainer) named;
        List<GraphQLFieldDefinition> fields = container.getFieldDefinitions();
        StringBuilder out = new StringBuilder(" {");
        if (depth >= maxDepth) {
            // Past the wanted depth: leaves only (or, now and then, a field that does not exist).
            List<GraphQLFieldDefinition> leaves = fields.stream().filter(f -> isLeaf(f.getType())).toList();
            out.append(leaves.isEmpty() || chance(5) ? " __typename" : " " + pick(leaves).getName());
            return out.append(" }").toString();
        }
        int count = 1 + random.nextInt(Math.min(4, fields.size()));
        List<GraphQLFieldDefinition> nested = fields.stream().filter(f -> !isLeaf(f.getType())).toList();
        for (int i = 0; i < count; i++) {
            // Towards the wanted depth when the type has nested fields.
            GraphQLFieldDefinition field = i == 0 && !nested.isEmpty() ? pick(nested) : pick(fields);
            // Only the first field goes deeper: the document grows with the depth, not exponentially.
            out.append(' ').append(i > 0 ? "x" + i + ": " : "").append(field(field, depth, i == 0 ? maxDepth : depth + 1));
        }
        if (chance(3)) {
            out.append(" doesNotExist");
        }
        return out.append(" }").toString();
    }

    private static boolean isLeaf(GraphQLOutputType type) {
        GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
        return named instanceof GraphQLScalarType || named instanceof GraphQLEnumType;
    }

    /** A GraphQL literal for an input type: mostly of that type (some of it hostile), sometimes of a wrong one. */
    private String literal(GraphQLInputType type, int depth) {
        if (chance(8) || depth > 4) {
            return wrongLiteral();
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return chance(4) ? "null" : literal((GraphQLInputType) nonNull.getWrappedType(), depth);
        }
        if (type instanceof GraphQLList list) {
            int size = chance(10) ? 0 : 1 + random.nextInt(depth == 0 && chance(10) ? 300 : 3);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(literal((GraphQLInputType) list.getWrappedType(), depth + 1));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (type instanceof GraphQLEnumType enumType) {
            String value = pick(enumType.getValues()).getName();
            return switch (random.nextInt(6)) {
                case 0 -> value.toLowerCase(java.util.Locale.ROOT);
                case 1 -> "NOT_A_VALUE";
                case 2 -> "\"" + value + "\"";
                default -> value;
            };
        }
        if (type instanceof GraphQLInputObjectType input) {
            List<String> fields = new ArrayList<>();
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                boolean required = GraphQLTypeUtil.isNonNull(field.getType());
                if (required ? !chance(5) : chance(50)) {
                    fields.add(field.getName() + ": " + literal(field.getType(), depth + 1));
                }
            }
            if (chance(5)) {
                fields.add("unknownField: 1");
            }
            return "{" + String.join(", ", fields) + "}";
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int", "Float" -> chance(70) ? pick(NUMBERS) : wrongLiteral();
            case "Boolean" -> pick(List.of("true", "false", "\"true\"", "1", "null"));
            case "Date" -> pick(DATES);
            default -> stringLiteral();
        };
    }

    private String wrongLiteral() {
        return switch (random.nextInt(7)) {
            case 0 -> pick(NUMBERS);
            case 1 -> stringLiteral();
            case 2 -> "{a: 1}";
            case 3 -> "[1, \"a\", null]";
            case 4 -> "true";
            case 5 -> "SOME_ENUM";
            default -> "null";
        };
    }

    /** A string literal in GraphQL syntax: a hostile string, a random one, or a huge one. */
    private String stringLiteral() {
        String text = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> pick(HOSTILE_STRINGS);
            case 5 -> "x".repeat(pick(List.of(65, 201, 2_001, 100_000)));
            case 6 -> pick(HOSTILE_STRINGS).repeat(1 + random.nextInt(40));
            default -> randomText(1 + random.nextInt(30));
        };
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && chance(50) || c >= 0x202A && c <= 0x202E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (chance(5)) {
            out.append(pick(List.of("\\uD800", "\\uDFFF", "\\uD83D")));
        }
        return out.append('"').toString();
    }

    /** Random characters from the whole of UTF-16: controls, bidi, surrogates (paired or not), combining marks, CJK. */
    private String randomText(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = switch (random.nextInt(8)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0x202A + random.nextInt(5));
                case 2 -> (char) (0xD800 + random.nextInt(0x800));
                case 3 -> (char) (0x300 + random.nextInt(0x70));
                case 4 -> (char) (0x4E00 + random.nextInt(0x100));
                case 5 -> pick(List.of('{', '}', '(', ')', '$', '"', '\'', '\\', '#', '@', '!', ':', '.'));
                default -> (char) (0x20 + random.nextInt(0x5F));
            };
            out.append(c);
        }
        return out.toString();
    }

    /** A variable's value (JSON) for a type: of that type or not, hostile strings, huge numbers. */
    private Object variable(GraphQLInputType type, int depth) {
        if (chance(10) || depth > 4) {
            return pick(List.<Object>of("x", 1, -1L, 1e308, Long.MAX_VALUE, new java.math.BigInteger("99999999999999999999999"),
                    true, List.of(1, "a"), Map.of("a", 1), "P1\u0000", "\uD800"));
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return variable((GraphQLInputType) nonNull.getWrappedType(), depth);
        }
        if (type instanceof GraphQLList list) {
            List<Object> items = new ArrayList<>();
            int size = depth == 0 && chance(10) ? 300 : random.nextInt(3);
            for (int i = 0; i < size; i++) {
                items.add(variable((GraphQLInputType) list.getWrappedType(), depth + 1));
            }
            return items;
        }
        if (type instanceof GraphQLEnumType enumType) {
            return chance(70) ? pick(enumType.getValues()).getName() : "not_a_value";
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                if (GraphQLTypeUtil.isNonNull(field.getType()) ? !chance(5) : chance(50)) {
                    fields.put(field.getName(), variable(field.getType(), depth + 1));
                }
            }
            return fields;
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> pick(List.<Object>of(0, 1, -1, Integer.MAX_VALUE, 2147483648L, 1.5, "12"));
            case "Float" -> pick(List.<Object>of(0.5, 1e308, -1e308, Double.MIN_VALUE, "NaN", 1));
            case "Boolean" -> pick(List.<Object>of(true, false, "false", 0));
            case "Date" -> pick(DATES).replace("\"", "");
            default -> chance(70) ? pick(HOSTILE_STRINGS) : randomText(1 + random.nextInt(20));
        };
    }

    /** The built-in scalars this generator names directly. */
    private static final class Scalars {
        static final GraphQLScalarType STRING = graphql.Scalars.GraphQLString;
    }
}
