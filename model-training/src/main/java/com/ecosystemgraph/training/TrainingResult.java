package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import java.nio.file.Path;
import java.util.List;

/**
 * What a training run wrote and how good the model is.
 *
 * @param directory the output folder
 * @param modelFile the model (Tribuo protobuf)
 * @param cardFile  {@code model-card.json}
 * @param card      the card
 * @param model     the model, ready to score (same as loading the folder with {@code ModelLoader})
 * @param plots     the PNG plots written
 * @param trained   the in-memory result with the held-out set (to compare another model on it)
 */
public record TrainingResult(Path directory, Path modelFile, Path cardFile, ModelCard card, IppModel model,
                             List<Path> plots, IppTrainer.Trained trained) {

    /** AUC of another model on this run's held-out set. */
    public double heldOutAucOf(IppModel other) {
        return trained.aucOf(other);
    }
}
