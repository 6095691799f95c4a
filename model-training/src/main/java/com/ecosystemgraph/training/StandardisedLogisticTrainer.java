package com.ecosystemgraph.training;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Trainer;
import org.tribuo.VariableInfo;
import org.tribuo.CategoricalInfo;
import org.tribuo.RealInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.TrainerProvenance;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.TransformedModel;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * Logistic regression on standardised features. Tribuo's {@link MeanStdDevTransformation} turns a
 * feature that is constant in the training data into NaN (division by a zero deviation), which a
 * small graph easily has (no strategic partner, say), so only features that vary are standardised;
 * a constant one is left as it is and the model learns nothing from it. The result is Tribuo's own
 * {@link TransformedModel}, trained by {@link TransformTrainer}.
 */
final class StandardisedLogisticTrainer implements Trainer<Label> {

    static final int EPOCHS = 15;

    private final long seed;
    private int invocations;

    StandardisedLogisticTrainer(long seed) {
        this.seed = seed;
    }

    private TransformTrainer<Label> delegate(Dataset<Label> data) {
        Map<String, List<Transformation>> perFeature = new HashMap<>();
        for (VariableInfo info : data.getFeatureMap()) {
            if (varies(info, data.size())) {
                perFeature.put(info.getName(), List.of(new MeanStdDevTransformation()));
            }
        }
        LinearSGDTrainer lr = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, Integer.MAX_VALUE, 1, seed);
        return new TransformTrainer<>(lr, new TransformationMap(perFeature), true, true);
    }

    /**
     * Whether a feature takes more than one value over the {@code n} examples. Tribuo records only
     * non-zero values ({@code getCount()} of them; an example without one is a 0) and keeps a
     * feature with few distinct values as a {@link CategoricalInfo}, so both kinds are asked.
     */
    static boolean varies(VariableInfo info, int n) {
        if (info.getCount() == 0) {
            return false;
        }
        if (info.getCount() < n) {
            return true;
        }
        if (info instanceof RealInfo real) {
            return real.getMax() > real.getMin();
        }
        if (info instanceof CategoricalInfo categorical) {
            return categorical.getUniqueObservations() > 1;
        }
        return true;
    }

    @Override
    public TransformedModel<Label> train(Dataset<Label> examples, Map<String, Provenance> runProvenance) {
        return train(examples, runProvenance, INCREMENT_INVOCATION_COUNT);
    }

    @Override
    public synchronized TransformedModel<Label> train(Dataset<Label> examples, Map<String, Provenance> runProvenance, int invocationCount) {
        invocations++;
        return delegate(examples).train(examples, runProvenance);
    }

    @Override
    public int getInvocationCount() {
        return invocations;
    }

    @Override
    public TrainerProvenance getProvenance() {
        return new TransformTrainer<>(new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, Integer.MAX_VALUE, 1, seed),
                new TransformationMap(List.of())).getProvenance();
    }

    @Override
    public String toString() {
        return "StandardisedLogisticTrainer(epochs=" + EPOCHS + ",seed=" + seed + ")";
    }
}
