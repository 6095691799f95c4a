package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ScoringModels;
import java.nio.file.Path;
import java.util.List;

/**
 * What a training run wrote and how good the model is.
 *
 * @param directory the output folder
 * @param modelFile the prospect model (Tribuo protobuf)
 * @param cardFile  {@code model-card.json}
 * @param card      the prospect model's card (the partner model's nested, when kept)
 * @param model     the models, ready to score (same as loading the folder with {@code ModelLoader})
 * @param plots     the PNG plots written
 * @param trained   the in-memory result with the held-out set
 */
public record TrainingResult(Path directory, Path modelFile, Path cardFile, ModelCard card, ScoringModels model,
        List<Path> plots, TrainingPipeline.Trained trained) {
}
