package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.model.Calibration;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Candidate;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** One model fitted on the training part: the trainer chosen by cross-validation, its calibration and threshold. */
record Fit(FeatureExtractor extractor, CandidateTrainer trainer, String reason, List<Candidate> candidates,
        double cvAuc, double[] oofRaw, Calibration calibration, double threshold, Model<Label> model,
        Map<String, ModelCard.FeatureStat> featureStats) {
}
