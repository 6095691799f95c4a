package com.ecosystemgraph.graphql.join;

import com.ecosystemgraph.graphql.QueryLimits;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plans of joined reads ({@link Joins}), made once per root field of a parsed document and its
 * variables. A plan (statement text, parameters, how to read the rows) is a function of the root
 * field's place in the document (the same {@link Field} instances: {@code ParsedDocuments} keeps one
 * parsed document per query text), the variables (arguments, {@code @include}/{@code @skip}) and the
 * registered types and links, which do not change once the service runs. Applications send a few
 * documents over and over; computing the selection set and composing the statement was 5-10 % of a
 * lookup's CPU (JFR, issue 18). Requests with large variables are planned every time; a plan that
 * fails (a refused argument) is not remembered. Bounded in memory: the documents are held weakly (a plan keeps
 * only its root field's nodes, never the document), at most {@value #MAX_DOCUMENTS}, and each one's plans by the
 * size of their variables.
 */
final class PlanCache {

    /** Parsed documents with plans; each is held weakly (its plans go with it once ParsedDocuments has let it go). */
    static final int MAX_DOCUMENTS = 2_048;
    /** Per document: sum of the remembered keys' weights (variables' sizes, {@link QueryLimits#weight}). */
    static final long MAX_WEIGHT_PER_DOCUMENT = 20_000;
    static final int MAX_VARIABLES_WEIGHT = 2_000;

    private final Cache<Document, Cache<Key, Object>> plans = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(MAX_DOCUMENTS)
            .build();

    /** The remembered plan for this field of this request, or a new one from {@code make} (remembered unless it is null or fails). */
    @SuppressWarnings("unchecked")
    <T> T get(String what, DataFetchingEnvironment env, Supplier<T> make) {
        Map<String, Object> variables = env.getVariables();
        int weight = QueryLimits.weight(variables, MAX_VARIABLES_WEIGHT);
        if (weight >= MAX_VARIABLES_WEIGHT) {
            return make.get();
        }
        Cache<Key, Object> ofDocument = plans.get(env.getDocument(), document -> Caffeine.newBuilder()
                .maximumWeight(MAX_WEIGHT_PER_DOCUMENT)
                .<Key, Object>weigher((key, plan) -> 16 + key.weight())
                .build());
        return (T) ofDocument.get(new Key(what, env.getMergedField().getFields(), variables, weight), key -> make.get());
    }

    /** Forgets every plan (a type or link was registered: plans made before could be wrong). */
    void clear() {
        plans.invalidateAll();
    }

    /** The root field by identity (its nodes in one parsed document), what is planned, and the variables. */
    private record Key(String what, List<Field> fields, Map<String, Object> variables, int weight) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key k) || k.fields.size() != fields.size() || !k.what.equals(what)) {
                return false;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (k.fields.get(i) != fields.get(i)) {
                    return false;
                }
            }
            return k.variables.equals(variables);
        }

        @Override
        public int hashCode() {
            int hash = what.hashCode();
            for (Field field : fields) {
                hash = 31 * hash + System.identityHashCode(field);
            }
            return 31 * hash + variables.hashCode();
        }
    }
}
