package com.ecosystemgraph.scoring.model;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * says why: a file changed after training (the model's checksum list covers both model files and
 * the card), a missing or unreadable card, a model file that does not match its card, a feature
 * schema the extractor does not produce, or a file that is not a Tribuo protobuf classification
 * model.
 *
 * <p>Models are loaded from Tribuo's protobuf format only, never from Java serialization (and
 * LibLinear/LibSVM models, which Tribuo can only write with Java serialization, are not supported at
 * all). Loading installs Tribuo's JEP 290 filter as defence in depth ({@link SerialFilter}).
 */
public final class ModelLoader {

    public ModelLoader() {
    }

    /**
     * Loads the models of a model folder (a training output or an export of the model store),
     * checked against its {@code checksums.sha256}: {@code model-card.json} is the prospect model's
     * card and names its model file; a nested partner model card names the partner model's file.
     * Either model refused refuses the folder.
     */
    public ScoringModels loadDirectory(Path directory) {
        return load(ModelBundle.readDirectory(directory), "the model folder " + directory);
    }

    /**
     * Loads the models of a bundle whose bytes the caller has checked against their checksum list
     * ({@link ModelBundle#verify}, {@link ModelBundle#readDirectory}).
     *
     * @param where names the model in refusals ("the model folder /x", "the stored model ipp-…")
     */
    public ScoringModels load(ModelBundle bundle, String where) {
        SerialFilter.install();
        ModelCard card = ModelCard.parse(bundle.card(), where);
        IppModel prospect = load(bundle.prospectModel(), ModelBundle.PROSPECT_MODEL_FILE, card, where);
        if (prospect.extractor().featureSet() != FeatureExtractor.FeatureSet.PROSPECT) {
            throw new ModelLoadException("The model card of " + where + " describes a " + card.featureSet() + " model; "
                    + ModelCard.FILE_NAME + " must describe the prospect model (retrain the model)");
        }
        IppModel partner = null;
        ModelCard partnerCard = card.partnerModel();
        if (partnerCard != null) {
            if (bundle.partnerModel() == null) {
                throw new ModelLoadException("The model card of " + where + " describes a partner model, but " + where + " has no "
                        + ModelBundle.PARTNER_MODEL_FILE + " covered by its checksums");
            }
            partner = load(bundle.partnerModel(), ModelBundle.PARTNER_MODEL_FILE, partnerCard, where);
            if (partner.extractor().featureSet() != FeatureExtractor.FeatureSet.PARTNER) {
                throw new ModelLoadException("The partner model card of " + where + " describes a " + partnerCard.featureSet() + " model");
            }
        } else if (bundle.partnerModel() != null) {
            throw new ModelLoadException(
                    capitalised(where) + " has " + ModelBundle.PARTNER_MODEL_FILE + ", but its card describes no partner model");
        }
        return new ScoringModels(prospect, partner);
    }

    /** Loads one model file's bytes and checks them against its card. */
    private IppModel load(byte[] bytes, String fileName, ModelCard card, String where) {
        String file = fileName + " of " + where;
        if (card.formatVersion() != ModelCard.FORMAT_VERSION) {
            throw new ModelLoadException("The model card of " + where + " has format version " + card.formatVersion()
                    + "; this service reads version " + ModelCard.FORMAT_VERSION + " (retrain the model)");
        }
        if (!fileName.equals(card.modelFile())) {
            throw new ModelLoadException("The model card of " + where + " names the model file '" + card.modelFile() + "', expected "
                    + fileName);
        }
        String actual = Checksums.sha256(bytes);
        if (!actual.equalsIgnoreCase(String.valueOf(card.modelSha256()))) {
            throw new ModelLoadException("Model file " + file + " has checksum " + actual + " but its card says "
                    + card.modelSha256() + ": the file does not belong to this card");
        }
        FeatureExtractor extractor = checkSchema(card);
        Model<?> raw;
        try {
            raw = Model.deserializeFromStream(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("Model file " + file + " is not a Tribuo protobuf model: " + e.getMessage(), e);
        }
        if (!raw.validate(Label.class)) {
            throw new ModelLoadException("Model file " + file + " holds a " + raw.getClass().getSimpleName()
                    + " that does not predict classification labels");
        }
        Model<Label> model = raw.castModel(Label.class);
        if (!model.generatesProbabilities()) {
            throw new ModelLoadException("Model file " + file + " holds a model that does not give probabilities");
        }
        if (model.getOutputIDInfo().getID(FeatureExtractor.SUCCESS) < 0) {
            throw new ModelLoadException("Model file " + file + " does not predict the label '"
                    + FeatureExtractor.SUCCESS.getLabel() + "'");
        }
        Set<String> modelFeatures = new TreeSet<>();
        for (VariableInfo info : model.getFeatureIDMap()) {
            modelFeatures.add(info.getName());
        }
        if (!extractor.featureNames().containsAll(modelFeatures)) {
            throw new ModelLoadException("Model file " + file + ": model expects features " + modelFeatures
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

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
