/**
 * Trained Ideal Partner Profile models: the model card, loading with checksum and feature-schema
 * checks (protobuf only, JEP 290 filter installed), and calibration.
 */
package com.ecosystemgraph.scoring.model;
