package com.ecosystemgraph.scoring.model;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * A checked, ready-to-use Ideal Partner Profile model: the Tribuo model, its card and the calibration
 * from the card. Thread-safe for prediction (Tribuo models are).
 */
public final class IppModel {

    private final Model<Label> model;
    private final ModelCard card;
    private final FeatureExtractor extractor;

    /** Wraps a model and its card; the caller has checked they belong together ({@link ModelLoader} does). */
    public IppModel(Model<Label> model, ModelCard card, FeatureExtractor extractor) {
        this.model = Objects.requireNonNull(model);
        this.card = Objects.requireNonNull(card);
        if (model instanceof XGBoostModel<?> xgboost) {
            // One native thread per prediction: a service predicts from many request threads at once, and
            // XGBoost's OpenMP threads spin for a core each, which on a small busy machine costs far more than they save.
            xgboost.setNumThreads(1);
        }
        this.extractor = Objects.requireNonNull(extractor);
    }

    public Model<Label> tribuoModel() {
        return model;
    }

    public ModelCard card() {
        return card;
    }

    public FeatureExtractor extractor() {
        return extractor;
    }

    public String version() {
        return card.modelVersion();
    }

    public Calibration calibration() {
        return card.calibration() == null ? Calibration.identity() : card.calibration();
    }

    /** The model's own (uncalibrated) probability of success for a prediction. */
    public static double successScore(Prediction<Label> prediction) {
        Label success = prediction.getOutputScores().get(FeatureExtractor.SUCCESS.getLabel());
        return success == null ? 0 : success.getScore();
    }

    /** Calibrated probability of success of one partner or prospect. */
    public double probability(PartnerFeatures row) {
        return calibration().apply(successScore(model.predict(extractor.generateExample(row, null))));
    }

    /** Calibrated probabilities, in the order of the rows (one batch call to the model). */
    public double[] probabilities(List<PartnerFeatures> rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (PartnerFeatures row : rows) {
            examples.add(extractor.generateExample(row, null));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] p = new double[rows.size()];
        Calibration calibration = calibration();
        for (int i = 0; i < p.length; i++) {
            p[i] = calibration.apply(successScore(predictions.get(i)));
        }
        return p;
    }
}
