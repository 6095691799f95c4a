package com.ecosystemgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A neighbourhood larger than its node budget: the hop past the budget is asked in chunks, and once
 * the budget is spent only relationships among the nodes already shown come back. The answer must
 * still hold every relationship among the shown nodes that touches the seed or one of its direct
 * neighbours (all of those are expanded), and exactly the budget of nodes.
 */
@ServiceTest(role = Role.VIEWER)
class NeighbourhoodBudgetIT {

    @SignedIn
    HttpGraphQlTester viewer;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Test
    void aBudgetSpentMidHopKeepsEveryRelationshipAmongShownNodes() {
        ServiceData.clear(driver);
        Path data = TestNeo4j.temporaryFolder("neighbourhood-budget");
        // The first partners are hyperscalers serving about half of the customers: hundreds of direct neighbours.
        new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(42).withScale(0.25), data);
        assertThat(importService.importFolder(data, null, EcosystemImporter.Progress.NONE).succeeded()).isTrue();

        var response = viewer.documentName("neighbourhood").variable("ids", List.of("Partner:P0001")).variable("depth", 2)
                .variable("limit", 400).variable("perNodeLimit", 1000).execute();
        List<String> nodeIds = response.path("neighbourhood.nodes[*].id").entityList(String.class).get();
        List<String> edgeIds = response.path("neighbourhood.edges[*].id").entityList(String.class).get();
        response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);

        assertThat(nodeIds).hasSize(400).doesNotHaveDuplicates();
        long direct = edgeIds.stream().filter(e -> e.contains("Partner:P0001")).count();
        assertThat(direct).as("hop 1 alone is more than one chunk of the frontier").isGreaterThan(ExplorerController.FRONTIER_CHUNK);
        List<String> expected;
        try (var session = driver.session()) {
            expected = session.run(CypherStatements.fixture("explorer/relationships-near-seed"), Map.of("ids", nodeIds, "seedId", "P0001"))
                    .list(r -> r.get("edgeId").asString());
        }
        assertThat(expected).hasSizeGreaterThan(400);
        assertThat(edgeIds).containsAll(expected);
        // Every edge joins two shown nodes.
        assertThat(edgeIds).allSatisfy(id -> {
            String[] ends = id.substring(id.indexOf(':') + 1).split("->");
            assertThat(nodeIds).contains(ends[0], ends[1]);
        });
    }
}
