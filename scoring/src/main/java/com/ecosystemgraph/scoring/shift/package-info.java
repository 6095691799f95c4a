/**
 * How far today's prospects are from the partners a model learned from: each feature's training
 * distribution ({@link com.ecosystemgraph.scoring.shift.FeatureBins}) and the population stability
 * index of the prospects against it ({@link com.ecosystemgraph.scoring.shift.ShiftReport}).
 */
package com.ecosystemgraph.scoring.shift;
