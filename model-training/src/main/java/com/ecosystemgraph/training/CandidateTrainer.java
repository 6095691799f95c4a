package com.ecosystemgraph.training;

import java.util.Optional;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.tree.RandomForestTrainer;

/**
 * The Tribuo trainers the pipeline compares, simplest first (on a tie the simpler one wins). Their
 * settings are fixed, sensible values for a few dozen features and hundreds to tens of thousands of
 * partners; a fresh trainer is made for every fit so every fit starts from the same seed.
 */
public enum CandidateTrainer {

    /** Logistic regression on standardised features: exact explanations. */
    LOGISTIC("logistic regression (Tribuo LinearSGDTrainer, log loss, AdaGrad, standardised features)") {
        @Override
        Trainer<Label> create(long seed) {
            return new StandardisedLogisticTrainer(seed);
        }
    },
    /** A random forest of CART trees with averaged leaf distributions. */
    RANDOM_FOREST("random forest (Tribuo RandomForestTrainer, 60 CART trees, depth 8, 30% of the features per split)") {
        @Override
        Trainer<Label> create(long seed) {
            CARTClassificationTrainer tree = new CARTClassificationTrainer(8, 5f, 0f, 0.3f, false, new GiniIndex(), seed);
            return new RandomForestTrainer<>(tree, new FullyWeightedVotingCombiner(), 60, seed);
        }
    },
    /** Gradient-boosted trees; needs XGBoost's native library. */
    XGBOOST("XGBoost (Tribuo XGBoostClassificationTrainer, 200 trees, depth 4, eta 0.05, subsample 0.8)") {
        @Override
        Trainer<Label> create(long seed) {
            return new XGBoostClassificationTrainer(200, 0.05, 0, 4, 5, 0.8, 0.8, 1, 0, 2, true, seed);
        }

        @Override
        Optional<String> unavailable() {
            return XGBoostProbe.problem();
        }
    };

    private final String description;

    CandidateTrainer(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    abstract Trainer<Label> create(long seed);

    /** Why this trainer cannot run on this machine, if it cannot. */
    Optional<String> unavailable() {
        return Optional.empty();
    }
}
