/**
 * Serving the Ideal Partner Profile models without Spring: batch scores with percentiles, each from
 * the model that serves the row and with its confidence (low when prospects shifted, insufficient
 * data for a company known by its name), stored on the nodes with the model version, and
 * explanations (factors in plain words and graph reasons).
 */
package com.ecosystemgraph.scoring.serving;
