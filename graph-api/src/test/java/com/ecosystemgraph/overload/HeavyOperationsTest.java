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
        assertThat(HeavyOperations.isHeavy("query A { partner(id: \"P1\") { id } } query B { ecosystemKpis { totalWonAmount } }", "A")).isFalse();
        assertThat(HeavyOperations.isHeavy("mutation { upsertPartner(input: {id: \"P1\"}) { errors { code } } }", null)).isFalse();
        assertThat(HeavyOperations.isHeavy("{ ...F } fragment F on Query { ...F }", null)).as("a cycle ends").isFalse();
        assertThat(HeavyOperations.isHeavy("{ not graphql", null)).isFalse();
        assertThat(HeavyOperations.isHeavy(null, null)).isFalse();
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
