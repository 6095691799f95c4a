package com.ecosystemgraph.overload;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeavyOperationsTest {

    @Test
    void anAnalysisIsHeavyHoweverItIsAsked() {
        assertThat(HeavyOperations.isHeavy("{ ecosystemKpis { totalWonAmount } }", null)).isTrue();
        assertThat(HeavyOperations.isHeavy("query Q { a: partner(id: \"P1\") { id } k: ecosystemKpis { totalWonAmount } }", "Q")).isTrue();
        assertThat(HeavyOperations.isHeavy("{ ...F } fragment F on Query { channelConflicts { count } }", null)).isTrue();
        assertThat(HeavyOperations.isHeavy("{ d: performanceDrivers { partners } }", null)).isTrue();
        assertThat(HeavyOperations.isHeavy("{ ... on Query { shortestPath(from: \"P1\", to: \"P2\") { explanation } } }", null)).isTrue();
    }

    @Test
    void lookupsPagesMutationsAndOtherOperationsAreLight() {
        assertThat(HeavyOperations.isHeavy("{ partners(first: 20) { edges { node { id } } } }", null)).isFalse();
        assertThat(HeavyOperations.isHeavy("query A { partner(id: \"P1\") { id } } query B { ecosystemKpis { totalWonAmount } }", "A"))
                .isFalse();
        assertThat(HeavyOperations.isHeavy("mutation { upsertPartner(input: {id: \"P1\"}) { errors { code } } }", null)).isFalse();
        assertThat(HeavyOperations.isHeavy("{ ...F } fragment F on Query { ...F }", null)).as("a cycle ends").isFalse();
        assertThat(HeavyOperations.isHeavy("{ not graphql", null)).isFalse();
        assertThat(HeavyOperations.isHeavy(null, null)).isFalse();
    }

    @Test
    void eachDistinctDocumentAndOperationIsParsedOnce() {
        AtomicInteger parsed = new AtomicInteger();
        var heavy = new HeavyOperations.Remembered(HeavyOperations.Remembered.MAX_CHARACTERS, (document, operation) -> {
            parsed.incrementAndGet();
            return HeavyOperations.isHeavy(document, operation);
        });
        String document = "query A { partner(id: $id) { id } } query B { ecosystemKpis { totalWonAmount } }";
        for (int i = 0; i < 3; i++) {
            assertThat(heavy.isHeavy(document, "A")).isFalse();
            assertThat(heavy.isHeavy(document, "B")).isTrue();
        }
        assertThat(heavy.isHeavy("{ partners(first: 1) { edges { node { id } } } }", null)).isFalse();
        assertThat(heavy.isHeavy(null, null)).isFalse();
        assertThat(parsed).as("one parse per distinct document and operation name").hasValue(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analytics.graphqls", "analytics-network.graphqls", "investment-plan.graphqls", "performance-drivers.graphqls"})
    void everyAnalysisOfTheSchemaIsHeavy(String file) throws IOException {
        Set<String> fields = new HashSet<>();
        try (InputStream in = HeavyOperationsTest.class.getResourceAsStream("/graphql/" + file)) {
            var document = Parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            document.getDefinitionsOfType(ObjectTypeDefinition.class).stream()
                    .filter(type -> type.getName().equals("Query"))
                    .forEach(type -> type.getFieldDefinitions().stream().map(FieldDefinition::getName).forEach(fields::add));
            document.getDefinitionsOfType(ObjectTypeExtensionDefinition.class).stream()
                    .filter(type -> type.getName().equals("Query"))
                    .forEach(type -> type.getFieldDefinitions().stream().map(FieldDefinition::getName).forEach(fields::add));
        }
        assertThat(fields).isNotEmpty();
        assertThat(HeavyOperations.ROOT_FIELDS).containsAll(fields);
    }
}
