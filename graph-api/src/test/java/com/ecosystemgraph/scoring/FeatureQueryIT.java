package com.ecosystemgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.support.TestNeo4j;
import com.ecosystemgraph.cypher.CypherStatements;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feature query on graphs at the edges: nothing at all, and no referral anywhere; and the referral
 * projections it makes in the GDS catalog, which does not roll back with a transaction.
 */
class FeatureQueryIT {

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    @Test
    void anEmptyGraphHasNoFeatureRows() {
        assertThat(new FeatureQuery(TestNeo4j.driver(), null).all()).isEmpty();
        assertThat(new FeatureQuery(TestNeo4j.driver(), null).snapshotDate()).isEmpty();
    }

    @Test
    void partnersWithoutAnyReferralGetTheBaseRankAndNoReferrer() {
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("scoring/partners-without-referrals")).consume();
        }
        List<PartnerFeatures> rows = new FeatureQuery(TestNeo4j.driver(), null).all();

        assertThat(rows).extracting(PartnerFeatures::id).containsExactly("A", "B", "Q");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.pageRank()).isEqualTo(0.15);
            assertThat(r.referrerId()).isNull();
            assertThat(r.partnerReferrers()).isZero();
            assertThat(r.referralsMade()).isZero();
        });
        PartnerFeatures a = rows.getFirst();
        assertThat(a.servedCustomers()).isEqualTo(1);
        assertThat(a.servedEnterprise()).isEqualTo(1);
        assertThat(a.industryShare()).isEqualTo(1.0);
        assertThat(a.strongIndustries()).containsExactly("retail");
        assertThat(a.strongRegion()).isTrue();
        assertThat(rows.get(2).prospect()).isTrue();
        assertThat(rows.get(1).employees()).isNull();
    }

    @Test
    void theFeatureQuerySweepsTheProjectionsOfCutOffCalls() {
        try (var session = TestNeo4j.driver().session()) {
            session.run(CypherStatements.fixture("scoring/partners-without-referrals")).consume();
            // what a feature query cut off mid-way leaves (its service stopped, its transaction terminated), and an
            // analysis' projection that is not the feature query's to drop
            session.run(CypherStatements.fixture("scoring/project-referrals"), Map.of("graphName", "ipp-referrals-cut-off")).consume();
            session.run(CypherStatements.fixture("scoring/project-referrals"), Map.of("graphName", "referrals-analysis")).consume();
        }
        assertThat(new FeatureQuery(TestNeo4j.driver(), null).all()).hasSize(3);
        // a leftover younger than the batch timeout may belong to a live extraction elsewhere: it stays
        assertThat(projections()).contains("ipp-referrals-cut-off", "referrals-analysis");

        // once older than the given age, the sweep drops it; the analysis' projection is never touched
        try (var session = TestNeo4j.driver().session()) {
            assertThat(session.run(CypherStatements.query("scoring/referral-projection-drop"),
                    Map.of("graphName", "ipp-referrals-this-call", "olderThanSeconds", 0)).list(r -> r.get("dropped").asString()))
                    .contains("ipp-referrals-cut-off").doesNotContain("referrals-analysis");
            assertThat(projections()).doesNotContain("ipp-referrals-cut-off").contains("referrals-analysis");
            session.run(CypherStatements.query("analytics/referral-graph-drop"), Map.of("graphName", "referrals-analysis")).consume();
        }
    }

    private static List<String> projections() {
        try (var session = TestNeo4j.driver().session()) {
            return session.run(CypherStatements.fixture("scoring/projections")).list(r -> r.get("graphName").asString());
        }
    }
}
