package com.ecosystemgraph.fuzz;

import com.ecosystemgraph.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What every answer to a hostile request must be (issue 13, item 4): no 5xx but the deliberate 503s
 * (shedding, the request timeout), every error in the project's error format with a documented
 * classification (docs/api.md, "Errors"), no INTERNAL_ERROR, and nothing in an error that looks like
 * a stack frame, a Java class name, Cypher or a Neo4j status code.
 */
final class AnswerRules {

    /** The classifications docs/api.md documents, INTERNAL_ERROR left out: a user can never cause one. */
    static final Set<String> CLASSIFICATIONS = Set.of("BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "MODEL_UNAVAILABLE",
            "TIMEOUT",
            "WARMING_UP", "UNAVAILABLE", "OVERLOADED", "RATE_LIMITED", "OUTCOME_UNKNOWN", "METHOD_NOT_ALLOWED",
            "NOT_ACCEPTABLE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");

    /** 503s the service answers on purpose: shed (at capacity) and stopped at the request timeout. */
    static final Set<String> DELIBERATE_503 = Set.of("OVERLOADED", "TIMEOUT");

    /** Patterns that must never appear in an error: each names what it catches. */
    static final List<Pattern> LEAKS = List.of(
            // A stack frame: "at com.example.Foo.bar(Foo.java:12)" or "(Native Method)".
            Pattern.compile("\\bat [\\w$]+(\\.[\\w$]+)+\\((\\w+\\.java:\\d+|Native Method|Unknown Source)\\)"),
            // A qualified Java class name: java.lang.X, org.neo4j.x.Y, com.ecosystemgraph.x.Y, graphql.x.Y ...
            Pattern.compile("\\b(java|javax|jakarta|sun|org|com|graphql|tools|reactor)\\.[a-z][\\w]*(\\.[\\w$]+)*\\.[A-Z][\\w$]*"),
            // An exception's simple name.
            Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Throwable)\\b|\\b(StackOverflow|OutOfMemory|Assertion|NoClassDefFound)Error\\b"),
            // graphql-java's own classes, as its messages print values (ObjectValue{objectFields=[...]}).
            Pattern.compile("\\b(Object|Array|String|Int|Float|Boolean|Enum|Null)Value\\{|\\bObjectField\\{|AST type"),
            // A Neo4j status code.
            Pattern.compile("(?i)\\bNeo\\.(Client|Transient|Database)Error\\b"),
            // Cypher: a clause with its typical continuation.
            Pattern.compile(
                    "\\b(MATCH|MERGE|CREATE|OPTIONAL MATCH) ?\\(|\\bDETACH DELETE\\b|\\bUNWIND\\b|\\bRETURN \\w+|\\bUNION\\b|\\bCALL ?\\{|\\bWITH \\w+ AS\\b|\\bdb\\.labels\\b"));

    private AnswerRules() {
    }

    /** The rules this answer breaks (empty when it keeps them all). */
    static List<String> problems(Http.Answer answer) {
        List<String> problems = new ArrayList<>();
        int status = answer.status();
        JsonNode json = answer.json();
        if (json == null || !json.isObject()) {
            problems.add("the body is not a JSON object");
            leaks(answer.body(), problems);
            return problems;
        }
        JsonNode errors = json.path("errors");
        if (status >= 500 && !(status == 503 && DELIBERATE_503.contains(answer.classification()))) {
            problems.add("HTTP " + status + " (" + answer.classification() + ")");
        }
        if (status != 200 && (!errors.isArray() || errors.isEmpty())) {
            problems.add("HTTP " + status + " without errors");
        }
        if (status == 200 && !json.has("data") && !errors.isArray()) {
            problems.add("neither data nor errors");
        }
        if (errors.isArray()) {
            for (JsonNode error : errors) {
                if (!error.path("message").isString() || error.path("message").asString().isBlank()) {
                    problems.add("an error without a message: " + error);
                }
                String classification = error.path("extensions").path("classification").asString(null);
                if (classification == null) {
                    problems.add("an error without extensions.classification: " + error);
                } else if (!CLASSIFICATIONS.contains(classification)) {
                    problems.add("classification " + classification + ": " + error.path("message").asString(""));
                }
            }
            leaks(errors.toString(), problems);
        }
        return problems;
    }

    private static void leaks(String text, List<String> problems) {
        if (text == null) {
            return;
        }
        for (Pattern leak : LEAKS) {
            var matcher = leak.matcher(text);
            if (matcher.find()) {
                problems.add("leak '" + matcher.group() + "' (" + leak.pattern() + ")");
            }
        }
    }

    /**
     * Whether a mutation's answer says it wrote something: a root field with a value (not null) whose
     * payload has no errors.
     */
    static boolean wroteSomething(Http.Answer answer) {
        JsonNode data = answer.json() == null ? null : answer.json().path("data");
        if (data == null || !data.isObject()) {
            return false;
        }
        for (JsonNode value : data) {
            if (!value.isNull() && !value.isMissingNode() && (value.path("errors").isMissingNode() || value.path("errors").isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
