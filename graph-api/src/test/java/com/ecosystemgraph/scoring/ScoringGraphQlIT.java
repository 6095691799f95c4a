package com.ecosystemgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.SignedIn;
import com.ecosystemgraph.support.TestNeo4j;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The scoring fields of the GraphQL API on the running service: Partner.potential (batched),
 * model, modelStatus, prospectRanking and retrainModel, on the seeded demo ecosystem.
 */
@ServiceTest(role = Role.ADMIN)
class ScoringGraphQlIT {

    @SignedIn
    HttpGraphQlTester graphQl;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    ScoringService scoring;

    /** Set once the demo data of this class is in the shared service (test classes run one after another). */
    private static boolean prepared;

    /** Loads the demo ecosystem (seed 42, scale 1) once and lets the service train and score it. */
    private void demoEcosystemScored() throws InterruptedException {
        assertThat(scoring.awaitStarted(Duration.ofMinutes(2))).isTrue();
        if (prepared && scoring.status() == ScoringService.Status.READY) {
            return;
        }
        ServiceData.clear(driver);
        Path data = TestNeo4j.temporaryFolder("ipp-graphql-demo");
        new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(42), data);
        assertThat(importService.importFolder(data, null, EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        scoring.start();
        assertThat(scoring.status()).isEqualTo(ScoringService.Status.READY);
        prepared = true;
    }

    @Test
    void everyScoringFieldAnswers() throws InterruptedException {
        demoEcosystemScored();
        String version = scoring.card().orElseThrow().modelVersion();

        var model = graphQl.documentName("scoring/model").execute();
        model.path("modelStatus.state").entity(String.class).isEqualTo("READY")
                .path("model.version").entity(String.class).isEqualTo(version)
                .path("model.labelDefinition").entity(String.class).satisfies(t -> assertThat(t).contains("100,000"))
                .path("model.metrics.auc").entity(Double.class).satisfies(auc -> assertThat(auc).isBetween(0.5, 1.0))
                .path("model.baselines[*].name").entityList(String.class).containsExactly("assigned tier", "engagement score")
                .path("model.liftByDecile").entityList(Object.class).hasSize(10)
                .path("model.features").entityList(String.class).contains("certifiedStaff.log1p", "referral.pageRank")
                .path("model.oracle").valueIsNull();
        // The calibration bins cover every held-out partner once and reproduce the card's ECE.
        int testSize = scoring.card().orElseThrow().data().test();
        List<Map<String, Object>> bins = model.path("model.calibration").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
        }).get();
        assertThat(bins).isNotEmpty();
        assertThat(bins.stream().mapToInt(b -> ((Number) b.get("count")).intValue()).sum()).isEqualTo(testSize);
        double ece = bins.stream().mapToDouble(b -> Math.abs(((Number) b.get("meanPredicted")).doubleValue()
                - ((Number) b.get("observedRate")).doubleValue()) * ((Number) b.get("count")).intValue()).sum() / testSize;
        assertThat(ece).isCloseTo(scoring.card().orElseThrow().metrics().ece(), org.assertj.core.api.Assertions.within(1e-9));
        model.path("model.roc").entityList(Object.class).satisfies(points -> assertThat(points).hasSizeGreaterThan(2))
                .path("model.roc[0].falsePositiveRate").entity(Double.class).isEqualTo(0.0);

        // The prospect model reads only pre-signing facts and scores prospects; the card says which model scores whom.
        ModelCard card = scoring.card().orElseThrow();
        model.path("model.kind").entity(String.class).isEqualTo("PROSPECT")
                .path("model.scores").entityList(String.class).satisfies(p -> assertThat(p).first().isEqualTo("PROSPECTS"))
                .path("model.scoringReason").entity(String.class).isEqualTo(card.scoresReason())
                .path("model.features").entityList(String.class).satisfies(f -> assertThat(f).doesNotContain("portalLogins90d.log1p",
                        "trainingsCompleted.log1p", "contentDownloads90d.log1p", "integrationCustomers.log1p", "referral.made.log1p"))
                .path("model.prospectLike.auc").entity(Double.class).isEqualTo(card.prospectLike().auc().value())
                .path("model.prospectLike.differenceLow").entity(Double.class).satisfies(d -> assertThat(d).isLessThanOrEqualTo(0.0))
                .path("model.shift.prospects").entity(Integer.class).isEqualTo(100);
        if (card.partnerModel() == null) {
            model.path("model.partnerModel").valueIsNull().path("model.scores").entityList(String.class).containsExactly("PROSPECTS",
                    "PARTNERS");
        } else {
            model.path("model.partnerModel.kind").entity(String.class).isEqualTo("PARTNER")
                    .path("model.partnerModel.scores").entityList(String.class).containsExactly("PARTNERS")
                    .path("model.partnerModel.features").entityList(String.class).contains("portalLogins90d.log1p")
                    .path("model.partnerModel.shift").valueIsNull();
        }
        // Today's prospects against the training partners: engagement shifted (prospects took no training), and
        // a feature every training partner had at the same value is not computable, never NaN.
        List<Map<String, Object>> shift = model.path("modelStatus.shift.features")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        assertThat(shift).extracting(f -> f.get("feature"))
                .containsAll(card.partnerModel() == null ? card.features() : card.partnerModel().features());
        assertThat(shift).filteredOn(f -> f.get("feature").equals("trainingsCompleted.log1p")).singleElement().satisfies(f -> {
            assertThat(f.get("flagged")).isEqualTo(true);
            assertThat(f.get("usedByProspectModel")).isEqualTo(false);
            assertThat(((Number) f.get("psi")).doubleValue()).isGreaterThan(0.25);
        });
        assertThat(shift).filteredOn(f -> f.get("feature").equals("employees.unknown")).singleElement().satisfies(f -> {
            assertThat(f.get("psi")).isNull();
            assertThat(f.get("computable")).isEqualTo(false);
            assertThat(f.get("note")).isEqualTo("not computable: the same value for every training partner");
        });
        model.path("modelStatus.shift.prospects").entity(Integer.class).isEqualTo(100)
                .path("modelStatus.shift.flagAbove").entity(Double.class).isEqualTo(0.25)
                .path("modelStatus.shift.lowConfidence").entity(Boolean.class).isEqualTo(scoring.shift().orElseThrow().lowConfidence());

        var potential = graphQl.documentName("scoring/partnerPotential").variable("id", "P0001").execute();
        potential.path("partner.potential.modelVersion").entity(String.class).isEqualTo(version)
                .path("partner.potential.scoredBy").entity(String.class).isEqualTo(card.partnerModel() == null ? "PROSPECT" : "PARTNER")
                .path("partner.potential.confidence").entity(String.class).isEqualTo("NORMAL")
                .path("partner.potential.score").entity(Integer.class).satisfies(s -> assertThat(s).isBetween(0, 100))
                .path("partner.potential.factors").entityList(Map.class).satisfies(f -> assertThat(f).isNotEmpty())
                .path("partner.potential.factors[0].description").entity(String.class).satisfies(d -> assertThat(d).isNotBlank());

        graphQl.documentName("scoring/partnersPotential").execute()
                .path("partners.edges[*].node.potential.modelVersion").entityList(String.class)
                .satisfies(versions -> assertThat(versions).hasSize(50).containsOnly(version));

        var ranking = graphQl.documentName("scoring/prospectRanking").variable("first", 5).execute();
        String confidence = scoring.shift().orElseThrow().lowConfidence() ? "LOW" : "NORMAL";
        ranking.path("prospectRanking.edges[*].node.scoredBy").entityList(String.class)
                .satisfies(s -> assertThat(s).containsOnly("PROSPECT"))
                .path("prospectRanking.edges[*].node.modelVersion").entityList(String.class)
                .satisfies(v -> assertThat(v).containsOnly(version))
                .path("prospectRanking.edges[*].node.confidence").entityList(String.class)
                .satisfies(c -> assertThat(c).containsOnly(confidence));
        ranking.path("prospectRanking.weights.ipp").entity(Double.class).isEqualTo(0.6)
                .path("prospectRanking.edges[*].node.rank").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5)
                .path("prospectRanking.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String end = ranking.path("prospectRanking.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("scoring/prospectRanking").variable("first", 5).variable("after", end).execute()
                .path("prospectRanking.edges[0].node.rank").entity(Integer.class).isEqualTo(6);
        graphQl.documentName("scoring/prospectRanking")
                .variable("weights", Map.of("ipp", 1, "customerOverlap", 0, "segmentCoverage", 0, "referralProximity", 0))
                .variable("filter", Map.of("minScore", 10)).execute()
                .path("prospectRanking.weights.ipp").entity(Double.class).isEqualTo(1.0)
                .path("prospectRanking.edges[*].node.ippProbability").entityList(Double.class)
                .satisfies(p -> assertThat(p).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch(x -> x >= 0.095));
        graphQl.documentName("scoring/prospectRanking").variable("weights", Map.of("ipp", -1)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("not negative")));
    }

    @Test
    void customerOverlapIsTheShareOfActivePartnersServingFewerCustomers() throws InterruptedException {
        demoEcosystemScored();
        var ranking = graphQl.documentName("scoring/prospectRanking").variable("first", 20)
                .variable("weights", Map.of("ipp", 0, "customerOverlap", 1, "segmentCoverage", 0, "referralProximity", 0)).execute();
        List<String> ids = ranking.path("prospectRanking.edges[*].node.id").entityList(String.class).get();
        List<Double> overlaps = ranking.path("prospectRanking.edges[*].node.customerOverlap").entityList(Double.class).get();
        assertThat(overlaps).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(overlaps.getFirst()).isGreaterThan(overlaps.getLast());
        try (var session = driver.session()) {
            for (int i = 0; i < ids.size(); i++) {
                double expected = session.run(CypherStatements.fixture("scoring/overlap-of"), Map.of("id", ids.get(i))).single()
                        .get("overlap").asDouble();
                assertThat(overlaps.get(i)).as(ids.get(i)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
            }
        }
    }

    @Test
    void retrainingRunsInTheBackgroundAndReports() throws InterruptedException {
        demoEcosystemScored();
        graphQl.documentName("scoring/retrainModel").variable("seed", 5).execute()
                .path("retrainModel.status.state").entity(String.class).isEqualTo("RUNNING");
        assertThat(scoring.awaitIdle(Duration.ofMinutes(2))).isTrue();
        graphQl.documentName("scoring/retrainStatus").execute()
                .path("retrainStatus.state").entity(String.class).satisfies(s -> assertThat(s).isIn("REPLACED", "KEPT"))
                .path("retrainStatus.previousAuc").entity(Double.class).satisfies(a -> assertThat(a).isBetween(0.0, 1.0));
    }

    @Test
    void aRefusedModelFolderChangesNothingAndTheStatusSaysWhy() throws Exception {
        demoEcosystemScored();
        String version = scoring.version().orElseThrow();
        Path good = TestNeo4j.temporaryFolder("ipp-exported");
        scoring.exportVersion(version, good);
        Path tampered = TestNeo4j.temporaryFolder("ipp-tampered");
        try (var files = java.nio.file.Files.list(good)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, tampered.resolve(f.getFileName()));
            }
        }
        java.nio.file.Files.write(tampered.resolve("ipp-model.tribuo"), new byte[]{7}, java.nio.file.StandardOpenOption.APPEND);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scoring.load(tampered))
                .hasMessageContaining("changed after training").hasMessageContaining("ipp-model.tribuo");

        // The version that served keeps serving, its scores answer, and the status names the refusal.
        graphQl.documentName("scoring/model").execute()
                .path("modelStatus.state").entity(String.class).isEqualTo("READY")
                .path("modelStatus.message").entity(String.class).satisfies(m -> assertThat(m).contains("was refused")
                        .contains("ipp-model.tribuo").contains(version + " keeps serving"))
                .path("model.version").entity(String.class).isEqualTo(version);
        graphQl.documentName("scoring/partnerPotential").variable("id", "P0001").execute()
                .path("partner.potential.modelVersion").entity(String.class).isEqualTo(version);
    }
}
