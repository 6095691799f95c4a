package com.ecosystemgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import com.ecosystemgraph.graph.InputRules;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses expensive or oversized requests before any database work, and reports the estimated
 * cost of every request in {@code extensions.cost}.
 *
 * <ul>
 *   <li>depth: at most {@value #MAX_DEPTH} levels of nested fields, except in an operation that only
 *       asks about the schema (see {@link IntrospectionOnly});</li>
 *   <li>root fields: at most {@value #MAX_ROOT_FIELDS} per document, every alias counted (each root
 *       field starts database work of its own, and a document of a thousand aliased lookups would
 *       otherwise pass as cheap);</li>
 *   <li>cost: every field costs 1, a root field {@value #ROOT_FIELD_COST} more; a field with
 *       {@code first} or {@code limit} multiplies its subtree by that number, an unpaged list of an
 *       entity (e.g. {@code Partner.integrations}) by {@value #UNPAGED_LIST_ESTIMATE}; the total must
 *       stay within {@value #MAX_COST};</li>
 *   <li>page size: {@code first} 1..{@value PageRequest#MAX_PAGE_SIZE};</li>
 *   <li>input lists: at most {@value #MAX_LIST_ITEMS} items in any list argument;</li>
 *   <li>strings: ids at most {@value InputRules#MAX_ID_LENGTH} characters, other strings at most
 *       {@value InputRules#MAX_TEXT_LENGTH}; in mutations ids follow the id syntax and texts have no
 *       control characters or bidi overrides ({@link InputRules}).</li>
 * </ul>
 *
 * <p>An estimate that passed is remembered for the same parsed document (the same instance, from
 * {@link ParsedDocuments}), operation and variables: applications send a few documents over and over,
 * and walking the document for the estimate was about a twentieth of a small request's CPU (issue 18,
 * docs/benchmarks.md). A refusal is not remembered; requests whose variables are large are not either.
 */
@Component
public class QueryLimits extends SimplePerformantInstrumentation {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_COST = 100_000;
    public static final int MAX_LIST_ITEMS = 250;
    public static final int MAX_ROOT_FIELDS = 25;
    public static final int ROOT_FIELD_COST = 100;
    static final int UNPAGED_LIST_ESTIMATE = 10;
    private static final Set<String> ENTITY_TYPES = Set.of("Partner", "Customer", "Deal", "Integration", "Investment");

    /**
     * Sum of the remembered requests' weights: their query texts' lengths (a remembered estimate keeps its parsed
     * document alive, so no more is kept than {@link ParsedDocuments} keeps) plus their variables' sizes.
     */
    static final long MAX_REMEMBERED_WEIGHT = ParsedDocuments.MAX_CACHED_CHARACTERS;
    /** Variables heavier than this are estimated every time, not remembered. */
    static final int MAX_REMEMBERED_VARIABLES_WEIGHT = 2_000;

    /** What was measured for one request. */
    static final class Measured implements InstrumentationState {
        int cost;
        int depth;
        int rootFields;
    }

    /** One estimate that passed every limit, for a document (by identity), operation and variables. */
    private record Request(Document document, String operation, Map<String, Object> variables, int weight) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Request r && r.document == document && Objects.equals(r.operation, operation)
                    && r.variables.equals(variables);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(document) + Objects.hashCode(operation)) + variables.hashCode();
        }
    }

    private record Estimate(int cost, int depth, int rootFields) {
    }

    private final Cache<Request, Estimate> passed = Caffeine.newBuilder()
            .maximumWeight(MAX_REMEMBERED_WEIGHT)
            .<Request, Estimate>weigher((request, estimate) -> request.weight())
            .build();

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Measured());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        Measured measured = (Measured) state;
        ExecutionContext context = parameters.getExecutionContext();
        Map<String, Object> variables = context.getCoercedVariables().toMap();
        int variablesWeight = weight(variables, MAX_REMEMBERED_VARIABLES_WEIGHT);
        Request request = variablesWeight < MAX_REMEMBERED_VARIABLES_WEIGHT
                ? new Request(context.getDocument(), context.getOperationDefinition().getName(), variables,
                        1 + variablesWeight + context.getExecutionInput().getQuery().length())
                : null;
        Estimate known = request == null ? null : passed.getIfPresent(request);
        if (known != null) {
            measured.cost = known.cost();
            measured.depth = known.depth();
            measured.rootFields = known.rootFields();
            return SimpleInstrumentationContext.noOp();
        }
        QueryComplexityCalculator calculator = QueryComplexityCalculator.newCalculator()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .variables(context.getCoercedVariables())
                .fieldComplexityCalculator((env, childComplexity) -> {
                    measured.depth = Math.max(measured.depth, depth(env));
                    checkArguments(env);
                    long cost = (long) multiplier(env) * (1L + childComplexity);
                    if (env.getParentEnvironment() == null) {
                        measured.rootFields++;
                        cost += ROOT_FIELD_COST;
                    }
                    return (int) Math.min(Integer.MAX_VALUE / 2, cost);
                })
                .build();
        try {
            measured.cost = calculator.calculate();
        } catch (LimitException e) {
            throw abort(e.getMessage());
        }
        if (measured.depth > MAX_DEPTH && !IntrospectionOnly.test(context.getDocument(), context.getOperationDefinition())) {
            throw abort("The query is " + measured.depth + " levels deep; the limit is " + MAX_DEPTH);
        }
        if (measured.rootFields > MAX_ROOT_FIELDS) {
            throw abort("The document asks for " + measured.rootFields + " root fields (aliases count); the limit is "
                    + MAX_ROOT_FIELDS + " (ask for a list, e.g. partners(filter: ...), instead of many single lookups)");
        }
        if (measured.cost > MAX_COST) {
            throw abort("The query's estimated cost is " + measured.cost + "; the limit is " + MAX_COST
                    + " (page sizes multiply along nested lists: ask for smaller pages or fewer nested lists)");
        }
        if (request != null) {
            passed.put(request, new Estimate(measured.cost, measured.depth, measured.rootFields));
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * About how much memory a variables value holds (characters of its strings, 8 per other value), counted
     * no further than {@code limit}.
     */
    public static int weight(Object value, int limit) {
        if (value instanceof String text) {
            return Math.min(limit, 8 + text.length());
        }
        int total = 8;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                total += weight(e.getKey(), limit) + weight(e.getValue(), limit);
                if (total >= limit) {
                    return limit;
                }
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                total += weight(item, limit);
                if (total >= limit) {
                    return limit;
                }
            }
        }
        return Math.min(limit, total);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Measured measured = (Measured) state;
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", measured.cost);
        cost.put("limit", MAX_COST);
        cost.put("depth", measured.depth);
        cost.put("maxDepth", MAX_DEPTH);
        cost.put("rootFields", measured.rootFields);
        cost.put("maxRootFields", MAX_ROOT_FIELDS);
        extensions.put("cost", cost);
        return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
    }

    private static int depth(FieldComplexityEnvironment env) {
        int depth = 0;
        for (FieldComplexityEnvironment e = env; e != null; e = e.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    private static int multiplier(FieldComplexityEnvironment env) {
        Map<String, Object> arguments = env.getArguments();
        if (arguments.get("first") instanceof Number first) {
            return Math.max(1, first.intValue());
        }
        if (arguments.get("limit") instanceof Number limit) {
            return Math.max(1, limit.intValue());
        }
        if (isList(env.getFieldDefinition().getType()) && ENTITY_TYPES.contains(env.getParentType().getName())) {
            return UNPAGED_LIST_ESTIMATE;
        }
        return 1;
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }

    private static void checkArguments(FieldComplexityEnvironment env) {
        String field = env.getField().getName();
        Object first = env.getArguments().get("first");
        if (first instanceof Number n && (n.intValue() < 1 || n.intValue() > PageRequest.MAX_PAGE_SIZE)) {
            throw new LimitException("'first' of " + field + " must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ", got " + n);
        }
        env.getArguments().forEach((name, value) -> checkListSizes(field + "." + name, value));
        boolean mutation = "Mutation".equals(env.getParentType().getName());
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            checkStrings(field + "." + argument.getName(), argument.getType(), env.getArguments().get(argument.getName()), mutation);
        }
    }

    /**
     * Every string in an argument, however deep in input objects and lists: an {@code ID} at most
     * {@value InputRules#MAX_ID_LENGTH} characters (and, in a mutation, of the id syntax), any
     * other string at most {@value InputRules#MAX_TEXT_LENGTH} (and, in a mutation, free of control
     * characters and bidi overrides). Tighter rules per field (names) are the row rules'.
     */
    private static void checkStrings(String path, GraphQLInputType type, Object value, boolean mutation) {
        if (value == null) {
            return;
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (value instanceof Collection<?> items && unwrapped instanceof GraphQLList list) {
            items.forEach(item -> checkStrings(path, (GraphQLInputType) list.getWrappedType(), item, mutation));
        } else if (value instanceof Map<?, ?> fields && unwrapped instanceof GraphQLInputObjectType object) {
            for (GraphQLInputObjectField f : object.getFieldDefinitions()) {
                checkStrings(path + "." + f.getName(), f.getType(), fields.get(f.getName()), mutation);
            }
        } else if (value instanceof String text) {
            boolean id = unwrapped instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName());
            Optional<String> problem;
            if (id) {
                problem = mutation
                        ? InputRules.idProblem(text)
                        : text.length() > InputRules.MAX_ID_LENGTH
                                ? Optional.of("an id of " + text.length() + " characters is too long (" + InputRules.ID_RULE + ")")
                                : Optional.empty();
            } else {
                problem = mutation
                        ? InputRules.textProblem(text, InputRules.MAX_TEXT_LENGTH)
                        : text.length() > InputRules.MAX_TEXT_LENGTH
                                ? Optional.of("a text of " + text.length() + " characters is too long (at most "
                                        + InputRules.MAX_TEXT_LENGTH + ")")
                                : Optional.empty();
            }
            problem.ifPresent(reason -> {
                throw new LimitException("'" + path + "': " + reason);
            });
        }
    }

    private static void checkListSizes(String path, Object value) {
        if (value instanceof Collection<?> list) {
            if (list.size() > MAX_LIST_ITEMS) {
                throw new LimitException("'" + path + "' has " + list.size() + " items; the limit is " + MAX_LIST_ITEMS);
            }
            list.forEach(item -> checkListSizes(path, item));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkListSizes(path + "." + key, item));
        }
    }

    private static AbortExecutionException abort(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
        return new AbortExecutionException(List.of(error));
    }

    /** A request over a limit; the message names the limit. */
    private static final class LimitException extends RuntimeException {
        LimitException(String message) {
            super(message, null, false, false);
        }
    }
}
