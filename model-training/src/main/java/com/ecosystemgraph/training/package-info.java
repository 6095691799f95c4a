/**
 * Offline training of the Ideal Partner Profile model: typed options, the label, the candidate
 * Tribuo trainers compared by cross-validated AUC, Platt calibration, the held-out evaluation
 * against today's rankings (and the oracle on demo data), the model card and plots, the
 * {@code train} command and the timing benchmark. {@link com.ecosystemgraph.training.ModelTraining}
 * is the one entry point for callers (the command and the service).
 */
package com.ecosystemgraph.training;
