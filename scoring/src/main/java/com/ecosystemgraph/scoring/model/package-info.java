/**
 * Trained Ideal Partner Profile models: the model card, loading with checksum and feature-schema
 * checks (protobuf only, JEP 290 filter installed), the models of a run (the prospect model and the
 * optional partner model, {@link com.ecosystemgraph.scoring.model.ScoringModels}) and calibration.
 */
package com.ecosystemgraph.scoring.model;
