/**
 * The Ideal Partner Profile model in the service: loads (or, on a fresh graph, trains) the model at
 * start, scores every partner and prospect in batch and stores the scores on the nodes, explains
 * scores, ranks prospects for recruiters and retrains on request. The model itself lives in the
 * {@code scoring} (serving) and {@code model-training} modules; this package only wires them in.
 */
package com.ecosystemgraph.scoring;
