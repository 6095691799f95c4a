package com.ecosystemgraph.graphql.join;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.graph.Customer;
import com.ecosystemgraph.graph.Deal;
import com.ecosystemgraph.graph.Partner;
import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * What the composed statement of a selection reads: subqueries only for the selected links, counts
 * only for a selected {@code totalCount}, one look-ahead row only for {@code pageInfo.hasNextPage},
 * only the selected properties, and never anything the request wrote into the text.
 */
class JoinsTest {

    private static final GraphQLSchema SCHEMA = schema();

    private final Joins joins = new Joins(null, new DefaultBatchLoaderRegistry(), true);

    JoinsTest() {
        joins.type(NodeType.of("Partner", Partner.class, Partner::from, Partner::id));
        joins.type(NodeType.of("Customer", Customer.class, Customer::from, Customer::id));
        joins.type(NodeType.of("Deal", Deal.class, Deal::from, Deal::id).derived("daysToClose", "createdOn", "closedOn"));
        joins.link(Link.connection("Partner", "customers", "Customer"));
        joins.link(Link.connection("Customer", "deals", "Deal").filters(arguments -> new java.util.HashMap<>(Map.of("outcomes", "x"))));
        joins.link(Link.one("Deal", "customer", "Customer"));
        joins.link(Link.connection("Partner", "deals", "Deal").types(List.of("SOURCED", "INFLUENCED", "CO_SOLD"), arguments -> {
            @SuppressWarnings("unchecked")
            List<String> roles = (List<String>) arguments.get("roles");
            return roles;
        }).filters(arguments -> new java.util.HashMap<>(java.util.Collections.singletonMap("outcomes", null))));
    }

    private static GraphQLSchema schema() {
        try {
            TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
                registry.merge(new SchemaParser().parse(file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan of the document's first root field, a {@code partner(id:)}. */
    private Joins.Plan partner(String document) {
        ExecutableNormalizedField root = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(SCHEMA,
                Parser.parse(document), null, CoercedVariables.emptyVariables()).getTopLevelFields().getFirst();
        List<SelectedField> fields = DataFetchingFieldSelectionSetImpl.newCollector(SCHEMA,
                SCHEMA.getQueryType().getFieldDefinition("partner").getType(), () -> root).getImmediateFields();
        return joins.plan(joins.nodeType("Partner"), "join/partner-by-ids", fields, Map.of(), "true");
    }

    @Test
    void onlyTheSelectedLinksAndPropertiesAreRead() {
        Joins.Plan plan = partner("{ partner(id: \"P1\") { id name customers(first: 2) { edges { node { id segment } } } } }");

        assertThat(plan.text()).contains("n0 { .id, .name, l1: CASE").contains("n1 { .id, .segment }")
                .doesNotContain("l1t:").doesNotContain(".*");
        assertThat(plan.parameters()).containsEntry("l1_limit", 2).containsEntry("l1_afterId", null);
    }

    @Test
    void totalsAndTheLookAheadRowOnlyWhenAsked() {
        Joins.Plan withBoth = partner(
                "{ partner(id: \"P1\") { customers(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } } } }");
        assertThat(withBoth.text()).contains("l1t: COUNT {");
        assertThat(withBoth.parameters()).containsEntry("l1_limit", 3);

        Joins.Plan onlyTotal = partner("{ partner(id: \"P1\") { customers { totalCount } } }");
        assertThat(onlyTotal.text()).contains("l1t: COUNT {").doesNotContain("COLLECT");
    }

    @Test
    void nestedLinksNestTheirSubqueriesAndDerivedFieldsReadTheirProperties() {
        Joins.Plan plan = partner(
                """
                        { partner(id: "P1") { customers { edges { node { deals(first: 1) { edges { node { daysToClose customer { name } } } } } } } } }""");

        assertThat(plan.text()).contains("l2: COLLECT {").contains("n2 { .closedOn, .createdOn, .id, l3: COLLECT {")
                .contains("n3 { .id, .name }");
        assertThat(plan.parameters()).containsKeys("l1_limit", "l2_limit", "l2_outcomes");
    }

    @Test
    void relationshipTypesComeFromTheAllowlistAsTheArgumentsChoose() {
        assertThat(partner("{ partner(id: \"P1\") { deals(roles: [SOURCED]) { edges { node { id } } } } }").text())
                .contains("-[r1:SOURCED]->(n1:Deal)");
        assertThat(partner("{ partner(id: \"P1\") { deals { totalCount } } }").text())
                .contains("-[r1t:SOURCED|INFLUENCED|CO_SOLD]->(n1t:Deal)");
    }

    @Test
    void aliasesAndArgumentValuesNeverReachTheText() {
        Joins.Plan plan = partner("""
                { partner(id: "P1') DETACH DELETE n0 //") { MATCH_n_DELETE_n: customers(first: 1) { edges { node { id } } } } }""");

        assertThat(plan.text()).doesNotContain("DELETE").doesNotContain("MATCH_n").contains("l1: CASE");
    }

    @Test
    void aFieldThatIsNeitherPropertyNorLinkReadsEveryPropertyAndARefusedLinkIsLeftToItsFetcher() {
        Joins.Plan plan = partner(
                "{ partner(id: \"P1\") { id referrals { referredOn } customers(after: \"not a cursor\") { totalCount } } }");

        assertThat(plan.text()).contains("n0 { .* }").doesNotContain("COLLECT").doesNotContain("COUNT");
    }
}
