package com.ecosystemgraph.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Rewrites graphql-java's parse and validation messages in our words and classifies them
 * {@code BAD_REQUEST}: no "Validation error (WrongType@[upsertDeal])", no
 * {@code StringValue{value='…'}}, which are the library's internals, not the user's request.
 */
@Component
class GraphQlErrorWording implements WebGraphQlInterceptor {

    private static final Pattern PREFIX = Pattern.compile("^Validation error \\((\\w+)@\\[([^]]*)]\\) : ");
    private static final Pattern WRONG_TYPE = Pattern.compile(
            "argument '([^']+)' with value '.*' is not a valid '([^']+)' - (.*)$", Pattern.DOTALL);
    private static final Pattern AST_VALUE = Pattern.compile("(?:String|Int|Float|Boolean|Enum)Value\\{(?:value|name)=([^}]*)}");
    private static final Pattern AST_DUMP = Pattern.compile("with value '(?:Object|Array|Null)Value\\{.*}'(?= )", Pattern.DOTALL);
    private static final Pattern AST_TYPES = Pattern.compile("Expected an AST type of (.+?) but it was an? '(\\w+)'");
    private static final Pattern AST_TYPE = Pattern.compile("'(\\w+)'");
    private static final Pattern QUOTED_VALUE = Pattern.compile("^'(.*)' (is not a calendar date|is not a date in the form YYYY-MM-DD)$");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (response.getErrors().stream().noneMatch(e -> fromTheLibrary(e) || EchoGuard.looksInternal(e.getMessage()))) {
                return response;
            }
            List<GraphQLError> errors = new ArrayList<>();
            for (ResponseError error : response.getErrors()) {
                errors.add(fromTheLibrary(error) ? reworded(error) : asIs(error));
            }
            return response.transform(builder -> builder.errors(errors));
        });
    }

    private static boolean fromTheLibrary(ResponseError error) {
        ErrorClassification type = error.getErrorType();
        String name = type == null ? "" : type.toString();
        // BadFaithIntrospection: graphql-java's refusal of an introspection document that repeats the schema tree.
        return name.equals("ValidationError") || name.equals("InvalidSyntax") || name.equals("BadFaithIntrospection")
                || error.getMessage() != null
                        && error.getMessage().startsWith("Validation error");
    }

    private static GraphQLError reworded(ResponseError error) {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(EchoGuard.safe(words(error.getMessage())))
                .locations(error.getLocations()).build();
    }

    private static GraphQLError asIs(ResponseError error) {
        var builder = GraphqlErrorBuilder.newError().message(EchoGuard.safe(error.getMessage())).locations(error.getLocations())
                .extensions(error.getExtensions());
        if (error.getErrorType() != null) {
            builder.errorType(error.getErrorType());
        }
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }

    /** "Expected an AST type of 'IntValue' but it was a 'FloatValue'" as "expected a whole number, got a number". */
    private static String kinds(String text) {
        return AST_TYPES.matcher(text).replaceAll(m -> Matcher.quoteReplacement("expected " + String.join(" or ",
                AST_TYPE.matcher(m.group(1)).results().map(t -> kind(t.group(1))).toList()) + ", got " + kind(m.group(2))));
    }

    /** A kind of GraphQL literal as a user would name it (graphql-java names its AST classes). */
    private static String kind(String astType) {
        return switch (astType) {
            case "IntValue" -> "a whole number";
            case "FloatValue" -> "a number";
            case "StringValue" -> "a string in double quotes";
            case "BooleanValue" -> "true or false";
            case "EnumValue" -> "one of the type's values, without quotes";
            case "ObjectValue" -> "an input object";
            case "ArrayValue" -> "a list";
            case "NullValue" -> "null";
            case "VariableReference" -> "a variable";
            default -> "another kind of value";
        };
    }

    /** The message in our words (package-visible for the unit test). */
    static String words(String message) {
        if (message == null) {
            return "The request is not a valid GraphQL request";
        }
        String text = message;
        Matcher prefix = PREFIX.matcher(text);
        if (prefix.find()) {
            text = text.substring(prefix.end());
        }
        Matcher wrongType = WRONG_TYPE.matcher(text);
        if (wrongType.matches()) {
            String argument = wrongType.group(1);
            String type = wrongType.group(2);
            String reason = wrongType.group(3).strip();
            Matcher date = QUOTED_VALUE.matcher(reason);
            if ("Date".equals(type) && date.matches()) {
                String field = argument.substring(argument.lastIndexOf('.') + 1);
                return "'" + field + "' (" + argument + ") must be a date like 2025-06-30; got '" + date.group(1) + "'"
                        + (date.group(2).contains("calendar") ? ", which is not a calendar date" : "");
            }
            return "'" + argument + "' is not a valid " + type + ": " + kinds(AST_VALUE.matcher(reason).replaceAll("$1"));
        }
        // A whole input object or list as graphql-java prints it (ObjectValue{objectFields=[...]}): the library's
        // internals, and the user sent that value anyway: say which argument, not the dump.
        text = AST_DUMP.matcher(text).replaceAll("with the value given");
        text = kinds(text);
        text = AST_VALUE.matcher(text).replaceAll("$1");
        if (text.startsWith("Invalid syntax")) {
            return "The query is not valid GraphQL: " + text.substring("Invalid syntax".length()).strip();
        }
        return text;
    }
}
