package com.ecosystemgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feature query on graphs at the edges: nothing at all, and no referral anywhere. */
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
            session.run(TestCypher.read("partners-without-referrals")).consume();
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
}
