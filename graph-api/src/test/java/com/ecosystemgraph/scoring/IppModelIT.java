package com.ecosystemgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelLoader;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.support.TestNeo4j;
import com.ecosystemgraph.training.CandidateTrainer;
import com.ecosystemgraph.training.ModelTraining;
import com.ecosystemgraph.training.TrainingOptions;
import com.ecosystemgraph.training.TrainingProgress;
import com.ecosystemgraph.training.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;

/**
 * The Ideal Partner Profile model end to end on the seeded demo ecosystem (scale 1): features,
 * training against the baselines and the oracle, the scoring service, a refused model file, and
 * last (it deletes every deal) the proof that no outcome leaks into the features.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IppModelIT {

    private static Driver driver;
    private static Path data;
    private static Path models;
    private static TrainingResult trained;

    @BeforeAll
    static void importDemoEcosystem() throws IOException {
        driver = TestNeo4j.driver();
        TestNeo4j.clean();
        data = TestNeo4j.temporaryFolder("ipp-demo");
        models = TestNeo4j.temporaryFolder("ipp-models");
        new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(42), data);
        var report = new EcosystemImporter(driver, null).importFolder(data, EcosystemImporter.Options.defaults(),
                EcosystemImporter.Progress.NONE);
        assertThat(report.succeeded()).as("demo import: %s", report.problems()).isTrue();
    }

    @Test
    @Order(1)
    void featuresCoverEveryPartnerAndProspect() throws IOException {
        List<PartnerFeatures> rows = new FeatureQuery(driver, null).all();
        long csvRows;
        try (Stream<String> lines = Files.lines(data.resolve("partners.csv"))) {
            csvRows = lines.count() - 1;
        }
        assertThat(rows).hasSize((int) csvRows);
        assertThat(rows).anySatisfy(r -> assertThat(r.prospect()).isTrue());
        assertThat(rows).anySatisfy(r -> assertThat(r.referrerKind()).isEqualTo("partner"));
        assertThat(rows).anySatisfy(r -> assertThat(r.servedCustomers()).isGreaterThan(10));
        assertThat(rows).anySatisfy(r -> assertThat(r.pageRank()).isGreaterThan(0.15));
        assertThat(rows).filteredOn(r -> r.referrerId() == null && r.pageRank() > 0.15).isEmpty();
    }

    @Test
    @Order(2)
    void trainingBeatsBothBaselinesAndWritesEverything() {
        TrainingOptions options = TrainingOptions.defaults().withTruthFile(data.resolve("planted/partner_truth.csv"));
        trained = ModelTraining.train(driver, null, options, models.resolve("first"), TrainingProgress.NONE);
        ModelCard card = trained.card();

        double auc = card.metrics().auc().value();
        assertThat(card.baselines()).extracting(ModelCard.Baseline::name).containsExactly("assigned tier", "engagement score");
        assertThat(card.baselines()).allSatisfy(b -> assertThat(auc).isGreaterThan(b.auc().value()));
        assertThat(card.metrics().auc().low()).isLessThan(auc).isGreaterThan(0.5);
        assertThat(card.oracle()).isNotNull();
        assertThat(card.oracle().ratio()).isGreaterThan(0.8);
        assertThat(card.candidates()).hasSize(3);
        assertThat(card.liftByDecile()).hasSize(10);
        assertThat(card.data().labelled()).isGreaterThan(100);
        assertThat(card.label().threshold()).isEqualTo(100_000);
        for (String file : List.of(ModelTraining.MODEL_FILE, "model-card.json", "model-card.md", "roc.png", "calibration.png",
                "lift.png")) {
            assertThat(trained.directory().resolve(file)).isRegularFile();
        }

        ScoringModels loaded = new ModelLoader().loadDirectory(trained.directory());
        List<PartnerFeatures> rows = new FeatureQuery(driver, null).all();
        double[] fromDisk = loaded.probabilities(rows);
        double[] inMemory = trained.model().probabilities(rows);
        assertThat(fromDisk).containsExactly(inMemory, within(1e-12));
    }

    @Test
    @Order(3)
    void theSameSeedGivesTheSameModel() {
        TrainingOptions options = TrainingOptions.defaults().withCandidates(List.of(CandidateTrainer.LOGISTIC)).withSeed(7);
        ModelCard a = ModelTraining.train(driver, null, options, models.resolve("repro-a"), TrainingProgress.NONE).card();
        ModelCard b = ModelTraining.train(driver, null, options, models.resolve("repro-b"), TrainingProgress.NONE).card();
        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.calibration()).isEqualTo(a.calibration());
        assertThat(b.candidates().getFirst().foldAucs()).isEqualTo(a.candidates().getFirst().foldAucs());
    }

    @Test
    @Order(4)
    void theServiceScoresStoresExplainsAndRanks() throws InterruptedException {
        ScoringService service = new ScoringService(driver, null, ScoringProperties.of(trained.directory(), null, false, 42, false),
                models.resolve("store"));
        service.start();
        assertThat(service.awaitStarted(Duration.ofSeconds(1))).isTrue();
        assertThat(service.status()).isEqualTo(ScoringService.Status.READY);

        String version = service.card().orElseThrow().modelVersion();
        try (var session = driver.session()) {
            long scored = session.run(CypherStatements.fixture("scoring/count-scored"), Map.of("version", version)).single().get("scored")
                    .asLong();
            assertThat(scored).isEqualTo(new FeatureQuery(driver, null).all().size());
        }

        List<RankedProspect> ranking = service.prospectRanking(null, null);
        assertThat(ranking).isNotEmpty();
        assertThat(ranking).isSortedAccordingTo((x, y) -> Double.compare(y.blend(), x.blend()));
        assertThat(ranking).allSatisfy(p -> {
            assertThat(p.customerOverlap()).isBetween(0.0, 1.0);
            assertThat(p.segmentCoverage()).isBetween(0.0, 1.0);
            assertThat(p.referralProximity()).isBetween(0.0, 1.0);
            assertThat(p.weights().ipp() + p.weights().customerOverlap() + p.weights().segmentCoverage()
                    + p.weights().referralProximity()).isCloseTo(1.0, within(1e-9));
        });
        List<RankedProspect> byProbability = service.prospectRanking(null, new FitWeights(1, 0, 0, 0));
        assertThat(byProbability).isSortedAccordingTo((x, y) -> Double.compare(y.ippProbability(), x.ippProbability()));

        String best = ranking.getFirst().id();
        PartnerPotential potential = service.potentials(List.of(best)).get(best);
        assertThat(potential.modelVersion()).isEqualTo(version);
        assertThat(potential.score()).isBetween(0, 100);
        var explanation = service.explanation(best).orElseThrow();
        assertThat(explanation.probability()).isEqualTo(potential.probability());
        assertThat(explanation.factors()).isNotEmpty();
        assertThat(explanation.factors()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
        assertThat(explanation.factors()).isSortedAccordingTo(
                (x, y) -> Double.compare(Math.abs(y.contribution()), Math.abs(x.contribution())));
        assertThat(service.potentials(List.of("no-such-partner"))).isEmpty();
    }

    @Test
    @Order(5)
    void aTamperedModelFolderIsRefusedAndWhatServedKeepsServing() throws IOException, InterruptedException {
        Path copy = models.resolve("tampered");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(trained.directory())) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.write(copy.resolve(ModelTraining.MODEL_FILE), new byte[]{1}, StandardOpenOption.APPEND);

        // A version serves (test 4's): the folder is refused and not stored; the stored version keeps serving and the status says why.
        try (ScoringService service = new ScoringService(driver, null, ScoringProperties.of(copy, null, false, 42, false),
                models.resolve("store2"))) {
            var storedBefore = service.store().versions();
            service.start();
            assertThat(service.status()).isEqualTo(ScoringService.Status.READY);
            assertThat(service.version()).contains(trained.card().modelVersion());
            assertThat(service.problem()).contains("ECOSYSTEM_MODEL_DIR").contains("changed after training")
                    .contains(ModelTraining.MODEL_FILE);
            assertThat(service.store().versions()).isEqualTo(storedBefore);
        }

        // Nothing serves and training at start is off: no model, with the reason.
        emptyModelStore();
        try (ScoringService service = new ScoringService(driver, null, ScoringProperties.of(copy, null, false, 42, false),
                models.resolve("store2"))) {
            service.start();
            assertThat(service.status()).isEqualTo(ScoringService.Status.UNAVAILABLE);
            assertThat(service.problem()).contains("changed after training").contains(ModelTraining.MODEL_FILE);
            assertThat(service.card()).isEmpty();
            assertThat(service.store().isEmpty()).isTrue();
            assertThatThrownBy(() -> service.potentials(List.of("P0001")))
                    .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("changed after training");
        }
    }

    /** Removes every stored model version and the scoring state, so the next service imports its configured folder and serves it. */
    private static void emptyModelStore() {
        try (var session = driver.session()) {
            session.run(CypherStatements.fixture("scoring/empty-model-store")).consume();
        }
    }

    @Test
    @Order(6)
    void retrainingReplacesTheModelOnlyWhenItIsAtLeastAsGood() throws InterruptedException {
        emptyModelStore();
        ScoringService service = new ScoringService(driver, null, ScoringProperties.of(trained.directory(), null, false, 42, false),
                models.resolve("store3"));
        service.start();
        RetrainStatus started = service.retrain(3L);
        assertThat(started.state()).isEqualTo(RetrainStatus.State.RUNNING);
        assertThat(service.awaitIdle(Duration.ofMinutes(2))).isTrue();
        RetrainStatus done = service.retrainStatus();
        assertThat(done.state()).isIn(RetrainStatus.State.REPLACED, RetrainStatus.State.KEPT);
        assertThat(done.previousAuc()).isNotNull();
        String serving = service.card().orElseThrow().modelVersion();
        if (done.state() == RetrainStatus.State.REPLACED) {
            assertThat(done.newAuc()).isGreaterThanOrEqualTo(done.previousAuc());
            assertThat(serving).isEqualTo(done.newVersion());
        } else {
            assertThat(done.newAuc()).isLessThan(done.previousAuc());
            assertThat(serving).isEqualTo(trained.card().modelVersion());
        }
    }

    @Test
    @Order(7)
    void retrainingWithTheSameSeedOnTheSameGraphReplacesTheModelWithItsEqual() throws InterruptedException {
        // The served model is fitted on all labelled partners: judged on held-out partners it has seen, it would always win.
        emptyModelStore();
        ScoringService service = new ScoringService(driver, null, ScoringProperties.of(trained.directory(), null, false, 42, false),
                models.resolve("store4"));
        service.start();
        assertThat(service.retrain(42L).state()).isEqualTo(RetrainStatus.State.RUNNING);
        assertThat(service.awaitIdle(Duration.ofMinutes(2))).isTrue();

        RetrainStatus done = service.retrainStatus();
        assertThat(done.state()).as(done.message()).isEqualTo(RetrainStatus.State.REPLACED);
        assertThat(done.newAuc()).isEqualTo(done.previousAuc()).isEqualTo(trained.card().prospectLike().auc().value());
        assertThat(service.card().orElseThrow().modelVersion()).isEqualTo(done.newVersion());
    }

    @Test
    @Order(100)
    void noOutcomeLeaksIntoTheFeatures() {
        List<PartnerFeatures> before = new FeatureQuery(driver, null).all();
        try (var session = driver.session()) {
            var counts = session.run(CypherStatements.fixture("scoring/count-deals")).single();
            assertThat(counts.get("deals").asLong()).isPositive();
            assertThat(counts.get("investments").asLong()).isPositive();
            session.run(CypherStatements.fixture("scoring/remove-deals-and-investments")).consume();
            counts = session.run(CypherStatements.fixture("scoring/count-deals")).single();
            assertThat(counts.get("deals").asLong() + counts.get("investments").asLong()).isZero();
        }
        List<PartnerFeatures> after = new FeatureQuery(driver, null).all();

        assertThat(after).containsExactlyElementsOf(before);
    }
}
