package com.ecosystemgraph.scoring.model;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tribuo.Model;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;

/**
 * Loads an Ideal Partner Profile model and refuses one that must not be used, with a message that
 * says why: a missing or unreadable card, a checksum that does not match the card, a feature schema
 * the extractor does not produce, or a file that is not a Tribuo protobuf classification model.
 *
 * <p>Models are loaded from Tribuo's protobuf format only, never from Java serialization (and
 * LibLinear/LibSVM models, which Tribuo can only write with Java serialization, are not supported at
 * all). Loading installs Tribuo's JEP 290 filter as defence in depth ({@link SerialFilter}).
 */
public final class ModelLoader {

    /** The file names of a training output folder: the prospect model's card names its model file and nests the partner model's card. */
    public ModelLoader() {
    }

    /**
     * Loads the models of a training output folder: {@code model-card.json} is the prospect model's
     * card and names its model file; a nested partner model card names the partner model's file.
     * Either model refused refuses the folder.
     */
    public ScoringModels loadDirectory(Path directory) {
        ModelCard card = ModelCard.read(directory.resolve(ModelCard.FILE_NAME));
        IppModel prospect = load(directory.resolve(fileIn(directory, card)), card);
        if (prospect.extractor().featureSet() != FeatureExtractor.FeatureSet.PROSPECT) {
            throw new ModelLoadException("The model card in " + directory + " describes a " + card.featureSet()
                    + " model; the folder's " + ModelCard.FILE_NAME + " must describe the prospect model (retrain the model)");
        }
        IppModel partner = null;
        ModelCard partnerCard = card.partnerModel();
        if (partnerCard != null) {
            partner = load(directory.resolve(fileIn(directory, partnerCard)), partnerCard);
            if (partner.extractor().featureSet() != FeatureExtractor.FeatureSet.PARTNER) {
                throw new ModelLoadException("The partner model card in " + directory + " describes a " + partnerCard.featureSet() + " model");
            }
        }
        return new ScoringModels(prospect, partner);
    }

    private static String fileIn(Path directory, ModelCard card) {
        if (card.modelFile() == null || card.modelFile().isBlank() || Path.of(card.modelFile()).getNameCount() != 1) {
            throw new ModelLoadException("The model card in " + directory + " does not name a model file in that folder");
        }
        return card.modelFile();
    }

    /** Loads a model file with the card at {@code cardFile}. */
    public IppModel load(Path modelFile, Path cardFile) {
        return load(modelFile, ModelCard.read(cardFile));
    }

    /** Loads a model file and checks it against its card. */
    public IppModel load(Path modelFile, ModelCard card) {
        SerialFilter.install();
        if (card.formatVersion() != ModelCard.FORMAT_VERSION) {
            throw new ModelLoadException("The model card of " + modelFile + " has format version " + card.formatVersion()
                    + "; this service reads version " + ModelCard.FORMAT_VERSION + " (retrain the model)");
        }
        if (!Files.isRegularFile(modelFile)) {
            throw new ModelLoadException("There is no model file at " + modelFile);
        }
        String actual = Checksums.sha256(modelFile);
        if (!actual.equalsIgnoreCase(String.valueOf(card.modelSha256()))) {
            throw new ModelLoadException("Model file " + modelFile + " has checksum " + actual + " but its card says "
                    + card.modelSha256() + ": the file was changed or does not belong to this card");
        }
        FeatureExtractor extractor = checkSchema(card);
        Model<?> raw;
        try {
            raw = Model.deserializeFromFile(modelFile);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("Model file " + modelFile + " is not a Tribuo protobuf model: " + e.getMessage(), e);
        }
        if (!raw.validate(Label.class)) {
            throw new ModelLoadException("Model file " + modelFile + " holds a " + raw.getClass().getSimpleName()
                    + " that does not predict classification labels");
        }
        Model<Label> model = raw.castModel(Label.class);
        if (!model.generatesProbabilities()) {
            throw new ModelLoadException("Model file " + modelFile + " holds a model that does not give probabilities");
        }
        if (model.getOutputIDInfo().getID(FeatureExtractor.SUCCESS) < 0) {
            throw new ModelLoadException("Model file " + modelFile + " does not predict the label '"
                    + FeatureExtractor.SUCCESS.getLabel() + "'");
        }
        Set<String> modelFeatures = new TreeSet<>();
        for (VariableInfo info : model.getFeatureIDMap()) {
            modelFeatures.add(info.getName());
        }
        if (!extractor.featureNames().containsAll(modelFeatures)) {
            throw new ModelLoadException("Model file " + modelFile + ": model expects features " + modelFeatures
                    + " the extractor produces " + extractor.featureNames());
        }
        return new IppModel(model, card, extractor);
    }

    /**
     * The card's feature schema must be exactly what the extractor of its feature set produces now.
     *
     * @return that extractor
     */
    public FeatureExtractor checkSchema(ModelCard card) {
        FeatureExtractor extractor;
        try {
            extractor = new FeatureExtractor(card.extractorFeatureSet());
        } catch (IllegalArgumentException e) {
            throw new ModelLoadException("The model " + card.modelVersion() + " names the feature set '" + card.featureSet()
                    + "', which this service does not have (PROSPECT or PARTNER); retrain the model");
        }
        List<String> produced = extractor.featureNames();
        List<String> expected = card.features() == null ? List.of() : new ArrayList<>(card.features());
        if (!FeatureExtractor.SCHEMA_VERSION.equals(card.featureSchema()) || !expected.equals(produced)) {
            throw new ModelLoadException("The model " + card.modelVersion() + " expects features " + expected + " (schema "
                    + card.featureSchema() + ") but the extractor produces " + produced + " (schema "
                    + FeatureExtractor.SCHEMA_VERSION + "); retrain the model");
        }
        return extractor;
    }
}
