/**
 * Offline training of the Ideal Partner Profile models (the prospect model on pre-signing facts and
 * the partner model): typed options, the label, the candidate Tribuo trainers compared by
 * cross-validated AUC, Platt calibration, the held-out evaluation of the partners as they are and
 * seen as prospects against today's rankings (and the oracle on demo data), the shift of the
 * prospects, the model card and plots, the {@code train} command and the timing benchmark. {@link com.ecosystemgraph.training.ModelTraining}
 * is the one entry point for callers (the command and the service).
 */
package com.ecosystemgraph.training;
