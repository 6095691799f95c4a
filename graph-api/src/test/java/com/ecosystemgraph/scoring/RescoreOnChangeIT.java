package com.ecosystemgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.TestNeo4j;
import com.ecosystemgraph.support.Users;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * Scores stay current: a mutation that can change features rescores everything in the background
 * (one that cannot, like a deal, does not), the import command's rescoring path restores the stored
 * scores, and partners can be ordered and filtered by the stored score.
 */
@ServiceTest
@TestPropertySource(properties = "ecosystem.scoring.rescore-on-change=true")
class RescoreOnChangeIT {

    private static final Duration WAIT = Duration.ofMinutes(2);

    HttpGraphQlTester admin;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    ScoringService scoring;

    @Autowired
    void signIn(HttpGraphQlTester anonymous) {
        admin = Users.as(anonymous, Role.ADMIN);
    }

    private static boolean prepared;

    @BeforeEach
    void demoEcosystemScored() throws InterruptedException {
        assertThat(scoring.awaitStarted(WAIT)).isTrue();
        if (prepared) {
            return;
        }
        ServiceData.clear(driver);
        Path data = TestNeo4j.temporaryFolder("ipp-rescore-demo");
        new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(7).withScale(0.5), data);
        assertThat(importService.importFolder(data, null, EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        scoring.start();
        assertThat(scoring.status()).isEqualTo(ScoringService.Status.READY);
        prepared = true;
    }

    @Test
    void aNewProspectIsScoredAfterItsMutationCommits() throws InterruptedException {
        admin.documentName("scoreOrder").operationName("potential").variable("id", "X-NEW-1").execute().path("partner").valueIsNull();
        ScoringService.RescoreTiming before = scoring.lastRescore().orElseThrow();

        admin.documentName("upsertPartner").variable("input", Map.of("id", "X-NEW-1", "name", "Fresh Prospect",
                "type", "SERVICES", "status", "PROSPECT", "industries", List.of("retail"), "employees", 400))
                .execute().path("upsertPartner.errors").entityList(Object.class).hasSize(0);
        assertThat(scoring.awaitIdle(WAIT)).isTrue();

        assertThat(scoring.lastRescore().orElseThrow()).isNotSameAs(before);
        admin.documentName("scoreOrder").operationName("potential").variable("id", "X-NEW-1").execute()
                .path("partner.potential.score").entity(Integer.class).satisfies(s -> assertThat(s).isBetween(0, 100))
                .path("partner.potential.modelVersion").entity(String.class).isEqualTo(scoring.card().orElseThrow().modelVersion());
        assertThat(partners("X-NEW-1", 0, false)).isEqualTo(1);
    }

    @Test
    void aProspectKnownByItsNameOnlyIsInsufficientDataNotAConfidentNumber() throws InterruptedException {
        admin.documentName("upsertPartner").variable("input", Map.of("id", "X-NAME-ONLY", "name", "Nameonly Ltd",
                "type", "SERVICES", "status", "PROSPECT"))
                .execute().path("upsertPartner.errors").entityList(Object.class).hasSize(0);
        assertThat(scoring.awaitIdle(WAIT)).isTrue();

        var data = scoring.card().orElseThrow().data();
        admin.documentName("scoreOrder").operationName("potential").variable("id", "X-NAME-ONLY").execute()
                .path("partner.potential.confidence").entity(String.class).isEqualTo("INSUFFICIENT_DATA")
                .path("partner.potential.confidenceNote").entity(String.class)
                .satisfies(n -> assertThat(n).startsWith("Insufficient data: nothing is known of this company beyond its name"))
                .path("partner.potential.probability").entity(Double.class).isEqualTo(data.trainPositives() / (double) data.train())
                .path("partner.potential.scoredBy").entity(String.class).isEqualTo("PROSPECT")
                .path("partner.potential.explanationMethod").entity(String.class).isEqualTo("none")
                .path("partner.potential.factors").entityList(Object.class).hasSize(0);
        // A prospect with facts to read is scored as a judgement, by the prospect model.
        admin.documentName("upsertPartner").variable("input", Map.of("id", "X-NAME-ONLY", "name", "Nameonly Ltd",
                "type", "SERVICES", "status", "PROSPECT", "employees", 250, "certifiedStaff", 4))
                .execute().path("upsertPartner.errors").entityList(Object.class).hasSize(0);
        assertThat(scoring.awaitIdle(WAIT)).isTrue();
        admin.documentName("scoreOrder").operationName("potential").variable("id", "X-NAME-ONLY").execute()
                .path("partner.potential.confidence").entity(String.class).satisfies(c -> assertThat(c).isIn("NORMAL", "LOW"))
                .path("partner.potential.explanationMethod").entity(String.class)
                .satisfies(m -> assertThat(m).isIn("exact-linear", "lime", "occlusion"))
                .path("partner.potential.factors[*].feature").entityList(String.class)
                .satisfies(f -> assertThat(f).isNotEmpty().doesNotContain("portalLogins", "trainings", "contentDownloads",
                        "integrationCustomers",
                        "referralsMade"));
    }

    @Test
    void dealsAndRejectedMutationsDoNotRescore() throws InterruptedException {
        assertThat(scoring.awaitIdle(WAIT)).isTrue();
        ScoringService.RescoreTiming before = scoring.lastRescore().orElseThrow();
        var ids = read("first-ids", Map.of());
        String partner = ids.get("partner").asString();
        String customer = ids.get("customer").asString();

        // A deal is an outcome: it cannot change any feature, so it costs no rescoring.
        admin.documentName("upsertDeal").variable("input", Map.of("id", "D-RESCORE-1", "customerId", customer, "amount", 1000,
                "outcome", "OPEN", "createdOn", "2026-09-01", "source", "PARTNER_SOURCED",
                "partners", List.of(Map.of("partnerId", partner, "role", "SOURCED"))))
                .execute().path("upsertDeal.errors").entityList(Object.class).hasSize(0);
        // A refused partner change writes nothing, so nothing is rescored either.
        admin.documentName("upsertPartner").variable("input", Map.of("id", partner, "name", "Bad", "type", "REFERRAL",
                "employees", -5)).execute()
                .path("upsertPartner.errors").entityList(Object.class).hasSizeGreaterThan(0);
        assertThat(scoring.awaitIdle(WAIT)).isTrue();

        assertThat(scoring.lastRescore().orElseThrow()).isSameAs(before);
    }

    @Test
    void theImportPathRestoresScoresFromTheStoredModel() {
        read("remove-scores", Map.of());
        assertThat(partners(null, null, true)).isPositive();

        assertThat(scoring.scoreWithStoredModel()).contains(scoring.card().orElseThrow().modelVersion());

        assertThat(partners(null, null, true)).isZero();
    }

    @Test
    void partnersAreOrderedAndFilteredByTheStoredScore() {
        List<Integer> scores = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            var response = admin.documentName("scoreOrder").operationName("partnersByScore").variable("after", after).execute();
            scores.addAll(response.path("partners.edges[*].node.potential.score").entityList(Integer.class).get());
            after = response.path("partners.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(scores).hasSize(75).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(scores.getFirst()).isGreaterThan(scores.getLast());

        int threshold = scores.get(30);
        long expected = partners(null, threshold, false);
        admin.documentName("scoreOrder").operationName("partnersByScore").variable("minScore", threshold).execute()
                .path("partners.totalCount").entity(Long.class).isEqualTo(expected)
                .path("partners.edges[*].node.potential.score").entityList(Integer.class)
                .satisfies(s -> assertThat(s).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(threshold)));
        admin.documentName("scoreOrder").operationName("partnersByScore").variable("minScore", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("'filter.minScore' must be between 0 and 100")));
    }

    private long partners(String id, Integer minScore, boolean unscored) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("id", id);
        parameters.put("minScore", minScore);
        parameters.put("unscored", unscored);
        return read("count-partners", parameters).get("partners").asLong();
    }

    private org.neo4j.driver.Record read(String statement, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            var result = session.run(CypherStatements.fixture("scoring/" + statement), parameters);
            return result.hasNext() ? result.single() : null;
        }
    }
}
