package com.ecosystemgraph.scoring.features;

/**
 * The model's network features cannot be read: the database server lacks the Graph Data Science
 * plugin (an external server may). Its message says so and what the operators can do; training,
 * rescoring and the API pass it on as the reason, without a stack trace.
 */
public final class NetworkFeaturesUnavailableException extends IllegalStateException {

    NetworkFeaturesUnavailableException(Throwable cause) {
        super(FeatureQuery.NO_GDS, cause);
    }
}
