package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.support.SchemaFiles;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query and mutation of the schema (read from the .graphqls files, so a new field cannot be
 * forgotten) x each credential kind (HTTP Basic, API key, browser session) x each role, and
 * anonymous, against the running service: each outcome is the one docs/api.md's table "Who may run
 * what" documents. A root field missing from that table fails the test.
 */
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class CredentialMatrixIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)` \\| (viewer|recruiter|admin) \\|");

    /** How a request proves who it is. */
    enum Kind {
        BASIC, API_KEY, SESSION
    }

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Test
    void everyOperationAnswersEachCredentialKindAndRoleAsDocumented() throws IOException {
        GraphQLSchema schema = schema();
        Map<String, Role> documented = documentedRoles();
        Map<String, String> operations = new LinkedHashMap<>();
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            operations.put(field.getName(), "query { " + call(field) + " }");
        }
        for (GraphQLFieldDefinition field : schema.getMutationType().getFieldDefinitions()) {
            operations.put(field.getName(), "mutation { " + call(field) + " }");
        }
        assertThat(documented.keySet()).as("docs/api.md 'Who may run what' lists exactly the schema's queries and mutations")
                .containsExactlyInAnyOrderElementsOf(operations.keySet());

        Map<Kind, Map<Role, Consumer<HttpHeaders>>> credentials = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Map<Role, Consumer<HttpHeaders>> byRole = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                byRole.put(role, switch (kind) {
                    case BASIC -> h -> h.setBasicAuth(role.username(), Users.password(role));
                    case API_KEY -> h -> h.set("X-API-Key", Users.apiKey(role));
                    case SESSION -> session(role);
                });
            }
            credentials.put(kind, byRole);
        }

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var operation : operations.entrySet()) {
            String name = operation.getKey();
            String document = operation.getValue();
            web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", document)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
            checked++;
            for (Kind kind : Kind.values()) {
                for (Role role : Role.values()) {
                    boolean allowed = role.compareTo(documented.get(name)) >= 0;
                    JsonNode answer = post(credentials.get(kind).get(role), document);
                    checked++;
                    List<String> refusals = new ArrayList<>();
                    answer.path("errors").forEach(error -> {
                        String classification = error.path("extensions").path("classification").asString();
                        if (classification.equals("FORBIDDEN") || classification.equals("UNAUTHORIZED")) {
                            refusals.add(classification + " at " + error.path("path"));
                        }
                    });
                    boolean refusedHere = refusals.stream().anyMatch(r -> r.startsWith("FORBIDDEN") && r.contains("\"" + name + "\""));
                    if (allowed && !refusals.isEmpty() || !allowed && !refusedHere) {
                        wrong.add(name + " as " + role.username() + " by " + kind + ": " + answer);
                    }
                }
            }
        }
        assertThat(wrong).as("outcomes differing from docs/api.md").isEmpty();
        assertThat(checked).isEqualTo(operations.size() * (1 + Kind.values().length * Role.values().length));
    }

    /** The role table of docs/api.md: operation name to lowest role. */
    static Map<String, Role> documentedRoles() throws IOException {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/api.md"))) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.find()) {
                roles.put(row.group(1), Role.valueOf(row.group(2).toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return roles;
    }

    static GraphQLSchema schema() throws IOException {
        return SchemaFiles.schema();
    }

    /** The field with a value for each required argument, and the smallest selection. */
    static String call(GraphQLFieldDefinition field) {
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (GraphQLTypeUtil.isNonNull(argument.getType())) {
                arguments.add(argument.getName() + ": " + value(argument.getType()));
            }
        }
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
        String selection = type instanceof GraphQLObjectType || type instanceof graphql.schema.GraphQLUnionType
                || type instanceof graphql.schema.GraphQLInterfaceType ? " { __typename }" : "";
        return field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")") + selection;
    }

    /** A value of a type: ids of the fixture, small numbers, a date, the first enum value, required input fields filled. */
    private static String value(GraphQLInputType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value((GraphQLInputType) nonNull.getWrappedType());
        }
        if (type instanceof GraphQLList list) {
            return "[" + value((GraphQLInputType) list.getWrappedType()) + "]";
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            List<String> fields = new ArrayList<>();
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                if (GraphQLTypeUtil.isNonNull(field.getType())) {
                    fields.add(field.getName() + ": " + value(field.getType()));
                }
            }
            return "{" + String.join(", ", fields) + "}";
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "ID" -> "\"P1\"";
            case "Int" -> "1";
            case "Float" -> "1.0";
            case "Boolean" -> "false";
            case "Date" -> "\"2024-01-01\"";
            default -> "\"x\"";
        };
    }

    /** Signs a role in through the browser's way (CSRF token, /api/login) and sends the session on every request. */
    private Consumer<HttpHeaders> session(Role role) {
        var start = web.get().uri("/api/session").exchange().expectStatus().isOk().returnResult(String.class);
        String token = start.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
        var login = web.post().uri("/api/login").cookie("XSRF-TOKEN", token).header("X-XSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", role.username()).with("password", Users.password(role)))
                .exchange().expectStatus().isOk().returnResult(String.class);
        ResponseCookie session = login.getResponseCookies().getFirst("JSESSIONID");
        ResponseCookie rotated = login.getResponseCookies().getFirst("XSRF-TOKEN");
        String csrf = rotated != null && !rotated.getValue().isEmpty() ? rotated.getValue() : token;
        return h -> {
            h.add(HttpHeaders.COOKIE, "JSESSIONID=" + session.getValue() + "; XSRF-TOKEN=" + csrf);
            h.set("X-XSRF-TOKEN", csrf);
        };
    }

    private JsonNode post(Consumer<HttpHeaders> credentials, String document) {
        byte[] body = web.post().uri("/graphql").headers(credentials).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document)).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }
}
