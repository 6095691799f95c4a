package com.ecosystemgraph.overload;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which requests are heavy: those that ask for an analysis (every root field of
 * {@code analytics.graphqls}, {@code analytics-network.graphqls}, {@code investment-plan.graphqls} and
 * {@code performance-drivers.graphqls})
 * or a whole-graph path search. They run in their own pool so that a few of them cannot take every
 * execution slot from the light lookups and pages ({@code HeavyOperationsTest} keeps this list in step
 * with the schema).
 */
final class HeavyOperations {

    static final Set<String> ROOT_FIELDS = Set.of(
            "ecosystemKpis", "partnerReturns", "tierMismatches", "partnerEconomics", "valueCombinations",
            "integrationCombinations", "referralReach", "referralStructure", "referralNetwork",
            "channelConflicts", "referralGrowth", "prospectReach", "investmentPlan", "performanceDrivers", "shortestPath");

    private HeavyOperations() {
    }

    /**
     * {@link #isHeavy} once per distinct document and operation name. Applications send the same few
     * documents with other variables; parsing every request's document again here (graphql-java's own
     * parse is cached by {@code ParsedDocuments}) was a tenth of a small request's CPU in the side-by-side
     * bench (docs/benchmarks.md). Bounded by the total length of the remembered documents, like
     * {@code ParsedDocuments}, so that many distinct documents cost evictions, not memory.
     */
    static final class Remembered {

        /** Sum of the remembered documents' lengths, in characters. */
        static final long MAX_CHARACTERS = 4_000_000;

        private record Key(String document, String operationName) {
        }

        private final Cache<Key, Boolean> answers;
        private final BiPredicate<String, String> decide;

        Remembered() {
            this(MAX_CHARACTERS, HeavyOperations::isHeavy);
        }

        Remembered(long maxCharacters, BiPredicate<String, String> decide) {
            this.answers = Caffeine.newBuilder().maximumWeight(maxCharacters)
                    .<Key, Boolean>weigher(
                            (key, heavy) -> key.document().length() + (key.operationName() == null ? 0 : key.operationName().length()))
                    .build();
            this.decide = decide;
        }

        boolean isHeavy(String document, String operationName) {
            if (document == null || document.isBlank()) {
                return false;
            }
            return answers.get(new Key(document, operationName), key -> decide.test(key.document(), key.operationName()));
        }
    }

    /** Whether the operation to run ({@code operationName}, or the only one) asks for a heavy root field. */
    static boolean isHeavy(String document, String operationName) {
        if (document == null || document.isBlank()) {
            return false;
        }
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (RuntimeException e) {
            return false; // not GraphQL: GraphQL's own validation answers it, at no cost
        }
        Map<String, FragmentDefinition> fragments = parsed.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
            boolean selected = operationName == null || operationName.isBlank() || operationName.equals(operation.getName());
            if (selected && operation.getOperation() == OperationDefinition.Operation.QUERY
                    && asksForHeavy(operation.getSelectionSet(), fragments, new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    private static boolean asksForHeavy(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> seen) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field && ROOT_FIELDS.contains(field.getName())) {
                return true;
            }
            if (selection instanceof InlineFragment inline && asksForHeavy(inline.getSelectionSet(), fragments, seen)) {
                return true;
            }
            if (selection instanceof FragmentSpread spread && seen.add(spread.getName()) && fragments.containsKey(spread.getName())
                    && asksForHeavy(fragments.get(spread.getName()).getSelectionSet(), fragments, seen)) {
                return true;
            }
        }
        return false;
    }
}
