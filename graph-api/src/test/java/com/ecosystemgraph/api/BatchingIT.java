package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** No N+1: a query shape costs the same number of statements for 10 partners as for 50; paging is exact over hundreds. */
@ServiceTest(role = Role.VIEWER)
class BatchingIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Autowired
    CypherRunner cypher;

    @BeforeEach
    void manyPartners() {
        ServiceData.clear(driver);
        ServiceData.run(driver, "many-partners", Map.of("count", 300));
    }

    @Test
    void aThreeLevelQueryCostsTheSameStatementsForTenOrFiftyPartners() {
        long for10 = statementsFor(10);
        long for50 = statementsFor(50);

        assertThat(for50).isEqualTo(for10);
        assertThat(for50).isLessThanOrEqualTo(15);
    }

    private long statementsFor(int partners) {
        long before = cypher.executedStatements();
        graphQl.documentName("threeLevels").variable("first", partners).execute()
                .path("partners.edges").entityList(Object.class).hasSize(partners)
                .path("partners.edges[0].node.deals.edges[0].node.customer.partners[0].id").entity(String.class).isEqualTo("M0001");
        return cypher.executedStatements() - before;
    }

    @Test
    void pagingThroughThreeHundredPartnersVisitsEachOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var response = graphQl.documentName("partnersFiltered").variable("first", 37).variable("after", after)
                    .variable("orderBy", Map.of("field", "NAME")).execute();
            seen.addAll(response.path("partners.edges[*].node.id").entityList(String.class).get());
            more = response.path("partners.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("partners.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).hasSize(300).doesNotHaveDuplicates();
    }
}
