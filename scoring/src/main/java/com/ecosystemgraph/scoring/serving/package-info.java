/**
 * Serving the Ideal Partner Profile model without Spring: batch scores with percentiles, stored on
 * the nodes with the model version, and explanations (factors in plain words and graph reasons).
 */
package com.ecosystemgraph.scoring.serving;
