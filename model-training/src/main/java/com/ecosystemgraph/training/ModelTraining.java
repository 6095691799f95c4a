package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.features.FeatureQuery;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Checksums;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelBundle;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ScoringModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * The plain Java entry point of training, for the {@code train} command and for the service: reads
 * the graph through a driver, trains ({@link TrainingPipeline}) and writes the prospect model file and,
 * when the run kept one, the partner model file (Tribuo protobuf), {@code model-card.json} (the
 * prospect model's card with the partner model's nested), {@code model-card.md}, the ROC,
 * calibration and lift plots, and {@code checksums.sha256} (the SHA-256 of the model files and the
 * card, which the service checks before it serves them).
 */
public final class ModelTraining {

    /** File name of the prospect model in an output folder. */
    public static final String MODEL_FILE = ModelBundle.PROSPECT_MODEL_FILE;
    /** File name of the partner model, when the run kept one. */
    public static final String PARTNER_MODEL_FILE = ModelBundle.PARTNER_MODEL_FILE;

    private ModelTraining() {
    }

    /**
     * Trains on the graph behind {@code driver} and writes everything to {@code outDir}.
     *
     * @param database the database name, or null for the default one
     * @throws TrainingPipeline.NotEnoughDataException when there are too few labelled partners
     */
    public static TrainingResult train(Driver driver, String database, TrainingOptions options, Path outDir,
            TrainingProgress progress) {
        TrainingProgress p = progress == null ? TrainingProgress.NONE : progress;
        p.step("Reading features from the graph", 1);
        FeatureQuery features = new FeatureQuery(driver, database);
        List<PartnerFeatures> rows = features.all();
        p.advance();
        p.step("Reading labels from the graph", 1);
        // the period resolved once: the date given wins, else the ecosystem's snapshot date
        LocalDate snapshot = options.asOf() != null ? options.asOf() : features.snapshotDate().orElse(null);
        LabelQuery.Labels labels = LabelQuery.load(driver, database, options.label(), snapshot);
        p.advance();
        Map<String, Double> truth = options.truthFile() == null ? Map.of() : TruthFile.read(options.truthFile());
        return train(rows, labels.byId(), snapshot, truth, options, outDir, p);
    }

    /** Trains on rows and labels already in memory and writes everything to {@code outDir}. */
    public static TrainingResult train(List<PartnerFeatures> rows, Map<String, LabelledPartner> labels, LocalDate snapshot,
            Map<String, Double> truth, TrainingOptions options, Path outDir, TrainingProgress progress) {
        TrainingProgress p = progress == null ? TrainingProgress.NONE : progress;
        TrainingPipeline.Trained trained = new TrainingPipeline(options, p).train(rows, labels, snapshot, truth);
        p.step("Writing the models, their card and plots", 1);
        try {
            Files.createDirectories(outDir);
            Path modelFile = outDir.resolve(MODEL_FILE);
            trained.model().serializeToFile(modelFile);
            String sha = Checksums.sha256(modelFile);
            OffsetDateTime trainedAt = OffsetDateTime.parse(trained.card().trainedAt());
            String version = "ipp-" + trainedAt.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")) + "-" + sha.substring(0, 8);
            ModelCard partnerCard = null;
            IppModel partner = null;
            if (trained.partnerModel() != null) {
                Path partnerFile = outDir.resolve(PARTNER_MODEL_FILE);
                trained.partnerModel().model().serializeToFile(partnerFile);
                partnerCard = trained.partnerModel().card().withModelFile(version, PARTNER_MODEL_FILE, Checksums.sha256(partnerFile));
                partner = new IppModel(trained.partnerModel().model(), partnerCard, new FeatureExtractor(FeatureSet.PARTNER));
            }
            ModelCard card = trained.card().withModelFile(version, MODEL_FILE, sha).withPartnerModel(partnerCard);
            Path cardFile = outDir.resolve(ModelCard.FILE_NAME);
            card.write(cardFile);
            Files.writeString(outDir.resolve("model-card.md"), CardMarkdown.render(card));
            List<Path> plots = new ArrayList<>(Plots.write(trained, outDir));
            // Last: the checksums of everything that changes a score or what users are told (the models and the card).
            ModelBundle.writeChecksums(outDir);
            p.advance();
            ScoringModels models = new ScoringModels(new IppModel(trained.model(), card, new FeatureExtractor(FeatureSet.PROSPECT)),
                    partner);
            return new TrainingResult(outDir, modelFile, cardFile, card, models, List.copyOf(plots), trained);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model to " + outDir, e);
        }
    }
}
