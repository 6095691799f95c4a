package com.ecosystemgraph.scoring.serving;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.provenance.ModelProvenance;

/**
 * A model seen through examples made dense: every feature the model knows and the example lacks is
 * added as an explicit 0 before predicting. LIME samples sparse points (an absent feature means 0),
 * but the extractor always gives every feature, and XGBoost treats an absent feature as missing, not
 * as 0; predicting the samples densely keeps LIME's points consistent with how the model was trained.
 */
final class DenseView extends Model<Label> {

    private final Model<Label> inner;

    DenseView(Model<Label> inner) {
        super(inner.getName(), inner.getProvenance(), inner.getFeatureIDMap(), inner.getOutputIDInfo(), inner.generatesProbabilities());
        this.inner = inner;
    }

    @Override
    public Prediction<Label> predict(Example<Label> example) {
        Example<Label> dense = example.copy();
        dense.densify(featureIDMap);
        return inner.predict(dense);
    }

    @Override
    public Map<String, List<Pair<String, Double>>> getTopFeatures(int n) {
        return inner.getTopFeatures(n);
    }

    @Override
    public Optional<Excuse<Label>> getExcuse(Example<Label> example) {
        return inner.getExcuse(example);
    }

    @Override
    protected Model<Label> copy(String newName, ModelProvenance newProvenance) {
        return new DenseView(inner);
    }
}
