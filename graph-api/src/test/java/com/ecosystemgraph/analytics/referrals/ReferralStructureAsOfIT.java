package com.ecosystemgraph.analytics.referrals;

import com.ecosystemgraph.support.TestPeriods;
import com.ecosystemgraph.analytics.AnalyticsFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.support.TestNeo4j;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The referral structure (GDS) as of a date, and its projection dropped even when an algorithm fails
 * inside the request's transaction, on cypher/fixtures/analytics/referral-growth.cypher.
 */
class ReferralStructureAsOfIT {

    @BeforeAll
    static void fixture() {
        TestNeo4j.clean();
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("analytics/referral-growth")).consume();
        }
    }

    @Test
    void referralStructureAsOfADate() {
        ReferralAnalysis structure = ReferralAnalyses
                .on(new CypherRunner(Neo4jClient.create(TestNeo4j.driver()), new SimpleMeterRegistry()));
        // referrals dated by 2025-03-01: R1->R2, R1->K2, so only R1, R2 and K2 take part and are projected
        ReferralStructure then = structure.structure(new AnalyticsFilter(LocalDate.parse("2025-03-01"), null, null, null, null), null, 10);
        assertThat(then.nodes()).isEqualTo(3);
        assertThat(then.referrals()).isEqualTo(2);
        assertThat(then.influence()).extracting(ReferralStructure.Score::id).startsWith("R1");
        ReferralStructure now = structure.structure(null, 10);
        assertThat(now.referrals()).isEqualTo(5);
        assertThat(graphs()).isEmpty();
    }

    @Test
    void aFailingAlgorithmStillDropsTheProjection() {
        // the repository as the application runs it: behind Spring's transaction proxy, with a real failure in
        // the middle (Louvain asked to run on a graph that does not exist, so GDS throws inside the database)
        var driver = TestNeo4j.driver();
        CypherRunner failing = new CypherRunner(Neo4jClient.create(driver), new SimpleMeterRegistry()) {
            @Override
            public <T> List<T> list(String statement, Map<String, Object> parameters,
                    java.util.function.Function<org.neo4j.driver.Record, T> mapper) {
                if (statement.equals("analytics/referral-louvain")) {
                    Map<String, Object> broken = new java.util.HashMap<>(parameters);
                    broken.put("graphName", "no-such-graph");
                    return super.list(statement, broken, mapper);
                }
                return super.list(statement, parameters, mapper);
            }
        };
        Neo4jTransactionManager transactions = new Neo4jTransactionManager(driver);
        ReferralQuery repository = new ReferralQuery(failing);
        repository.useTransactions(transactions);
        ProxyFactory proxy = new ProxyFactory(repository);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource(false)));
        ReferralAnalysis analytics = new ReferralAnalysis(TestPeriods.periods(), (ReferralQuery) proxy.getProxy(),
                new com.ecosystemgraph.availability.GraphDataScience(driver, null));
        assertThatThrownBy(() -> analytics.structure(null, 10)).hasStackTraceContaining("Graph with name `no-such-graph` does not exist");
        assertThat(graphs()).isEmpty();
    }

    private static List<String> graphs() {
        try (var session = TestNeo4j.driver().session()) {
            // the analyses' projections only: a scoring run in the background projects its own (ipp-referrals-*)
            return session.run("CALL gds.graph.list() YIELD graphName RETURN graphName").list(r -> r.get(0).asString())
                    .stream().filter(name -> name.startsWith("referrals-")).toList();
        }
    }
}
