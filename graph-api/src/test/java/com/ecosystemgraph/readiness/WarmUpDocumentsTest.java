package com.ecosystemgraph.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The warm-up covers every analysis and still fits the schema: a new analysis without a warm-up
 * document, or a schema change that breaks one, fails here rather than as a cold first request.
 */
class WarmUpDocumentsTest {

    /** The schema files whose root query fields are analyses. */
    private static final List<String> ANALYSES = List.of("classpath*:graphql/analytics*.graphqls",
            "classpath*:graphql/investment-plan.graphqls",
            "classpath*:graphql/performance-drivers.graphqls");

    @Test
    void everyAnalysisIsAskedByAWarmUpDocument() throws IOException {
        Set<String> analyses = new TreeSet<>();
        List<Resource> files = new ArrayList<>();
        for (String pattern : ANALYSES) {
            files.addAll(List.of(resources(pattern)));
        }
        for (Resource file : files) {
            TypeDefinitionRegistry registry = new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8));
            registry.objectTypeExtensions().getOrDefault("Query", List.of()).stream()
                    .map(ObjectTypeExtensionDefinition::getFieldDefinitions).flatMap(List::stream)
                    .forEach(field -> analyses.add(field.getName()));
        }
        Set<String> warmed = new TreeSet<>();
        for (AnalyticsWarmUp.Document document : AnalyticsWarmUp.documents()) {
            Parser.parse(document.text()).getDefinitionsOfType(OperationDefinition.class).forEach(operation -> operation.getSelectionSet()
                    .getSelectionsOfType(Field.class).forEach(field -> warmed.add(field.getName())));
        }
        assertThat(analyses).as("analyses found in the schema").contains("ecosystemKpis", "channelConflicts", "investmentPlan",
                "performanceDrivers");
        assertThat(warmed).as("analyses the warm-up documents ask (src/main/resources/warm-up)").containsAll(analyses);
    }

    @Test
    void everyWarmUpDocumentIsValidAgainstTheSchemaWithTheVariablesTheWarmUpSupplies() throws IOException {
        StringBuilder sdl = new StringBuilder();
        for (Resource file : resources("classpath*:graphql/*.graphqls")) {
            sdl.append(file.getContentAsString(StandardCharsets.UTF_8)).append('\n');
        }
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl.toString()));
        List<String> problems = new ArrayList<>();
        List<AnalyticsWarmUp.Document> documents = AnalyticsWarmUp.documents();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(16);
        for (AnalyticsWarmUp.Document document : documents) {
            assertThat(document.variables()).as(document.name()).isSubsetOf("partnerId", "prospectId");
            Map<String, Object> variables = new HashMap<>();
            document.variables().forEach(v -> variables.put(v, "P0001"));
            ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema,
                    ExecutionInput.newExecutionInput(document.text()).variables(variables).build());
            if (result.isFailure()) {
                problems.add(document.name() + ": " + result.getErrors());
            }
            Document parsed = result.getDocument();
            assertThat(parsed.getDefinitionsOfType(OperationDefinition.class)).as(document.name()).hasSize(1);
        }
        assertThat(problems).isEmpty();
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }
}
