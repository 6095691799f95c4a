package com.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Reading the graph completes on the request's own thread; analyses keep the controller executor. In the
 * side-by-side bench a page of partners went from the request's thread to an executor thread and back for
 * its one statement: with both cores busy each hand-off waited for a core, most of that shape's p99
 * (docs/benchmarks.md). Analyses must keep the executor: the request timeout (503 TIMEOUT, RequestTimeoutIT)
 * answers only for work that runs off the request's thread.
 */
@ServiceTest(role = Role.VIEWER, fixture = ServiceTest.SMALL_ECOSYSTEM)
class RequestThreadIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    @Qualifier("graphqlControllerExecutor")
    ExecutorService executor;

    @Test
    void pagesLookupsAndTheirNestedFieldsRunOnTheRequestsThread() {
        long before = handedOff();
        graphQl.document("""
                { partners(first: 5, orderBy: {field: NAME}) { totalCount edges { node { id name
                      integrations { id partner { id } } investments { id partner { id } }
                      customers(first: 2) { edges { node { id deals(first: 2) { edges { node { id } } } } } }
                      deals(first: 2) { edges { node { id customer { id } partners { role partner { id } } } } } } } }
                  customers(first: 3) { totalCount edges { node { id partners { id } } } }
                  deals(first: 3) { edges { node { id } } }
                  dealStats { count }
                  partner(id: "P1") { id } customer(id: "C1") { id } deal(id: "D1") { id } integration(id: "I1") { id } }
                """).execute().errors().verify()
                .path("partners.edges").entityList(Object.class).hasSize(5)
                .path("customers.edges").entityList(Object.class).hasSize(3)
                .path("partner.id").entity(String.class).isEqualTo("P1");
        assertThat(handedOff()).as("controller methods handed to the executor").isEqualTo(before);
    }

    @Test
    void analysesKeepTheExecutorSoTheRequestTimeoutAnswersForThem() {
        long before = handedOff();
        graphQl.document("{ ecosystemKpis { totalWonAmount } }").execute().errors().verify();
        assertThat(handedOff()).isGreaterThan(before);
    }

    private long handedOff() {
        return ((ThreadPoolExecutor) executor).getTaskCount();
    }
}
