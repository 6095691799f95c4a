package com.ecosystemgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.ecosystemgraph.graphql.GraphQlSlice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The explorer's argument checks and defaults, in a GraphQL slice (no database): an argument out of
 * range is refused as BAD_REQUEST naming the argument, the range and the value given, before the
 * repository is asked anything (a field's own check names it in the error's path; the page size
 * check of every field runs before execution and names the field in the message); an omitted
 * argument takes the schema's default. What the explorer
 * reads is tested on a real Neo4j ({@code NeighbourhoodBudgetIT}, {@code ShortestPathIT}).
 */
@GraphQlSlice(ExplorerController.class)
class ExplorerArgumentsTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    ExplorerRepository repository;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            search(text: "cloud", first: 0) { id }                        |               | 'first' of search must be between 1 and 100, got 0
            search(text: "cloud", first: 101) { id }                      |               | 'first' of search must be between 1 and 100, got 101
            neighbourhood(ids: ["P1"], depth: 4) { nodes { id } }            | neighbourhood | 'depth' must be between 1 and 3, got 4
            neighbourhood(ids: ["P1"], limit: 5001) { nodes { id } }         | neighbourhood | 'limit' must be between 1 and 5000, got 5001
            neighbourhood(ids: ["P1"], perNodeLimit: 0) { nodes { id } }     | neighbourhood | 'perNodeLimit' must be between 1 and 1000, got 0
            neighbourhood(ids: []) { nodes { id } }                          | neighbourhood | 'ids' must name at least one node
            shortestPath(from: "P1", to: "C1", maxHops: 11) { explanation }    | shortestPath  | 'maxHops' must be between 1 and 10, got 11
            shortestPath(from: "P1", to: "C1", maxDegree: 0) { explanation }   | shortestPath  | 'maxDegree' must be between 1 and 1000000, got 0
            shortestPath(from: "P1", to: "C1", all: true, maxPaths: 51) { explanation } | shortestPath | 'maxPaths' must be between 1 and 50, got 51
            shortestPath(from: "P1", to: "C1", maxPaths: 0) { explanation }    | shortestPath  | 'maxPaths' must be between 1 and 50, got 0
            """)
    void anArgumentOutOfRangeIsRefusedBeforeTheDatabaseIsAsked(String field, String path, String message) {
        graphQl.document("{ " + field + " }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(errors.getFirst().getMessage()).isEqualTo(message);
            // a page size is checked for every field at once, before execution (QueryLimits): the message names the field
            assertThat(errors.getFirst().getPath()).isEqualTo(path == null ? "" : path);
        });
        verifyNoInteractions(repository);
    }

    @Test
    void searchAsksForTheSchemasDefaultOfTenHitsAndAnExplicitNullMeansTheSame() {
        when(repository.search(anyString(), any(Integer.class))).thenReturn(List.of());
        graphQl.document("{ search(text: \"blue cloud\") { id } }").execute().path("search").entityList(Object.class).hasSize(0);
        graphQl.document("{ search(text: \"blue cloud\", first: null) { id } }").execute().path("search").entityList(Object.class)
                .hasSize(0);
        verify(repository, org.mockito.Mockito.times(2)).search(eq(SearchText.toLuceneQuery("blue cloud")), eq(10));
    }
}
