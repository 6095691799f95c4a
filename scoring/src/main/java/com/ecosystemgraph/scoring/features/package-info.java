/**
 * The one feature path of the Ideal Partner Profile model: the feature query's rows
 * ({@link com.ecosystemgraph.scoring.features.PartnerFeatures}) and the extractor that turns them
 * into Tribuo examples for training and serving alike.
 */
package com.ecosystemgraph.scoring.features;
