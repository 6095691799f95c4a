package com.ecosystemgraph.scoring.shift;

/**
 * The shift of one feature between the training partners and today's prospects.
 *
 * @param feature             the feature's name in the schema
 * @param factor              the property it is computed from
 * @param usedByProspectModel whether the model that scores prospects reads it
 * @param psi                 population stability index; null when it cannot be computed
 * @param note                why it cannot be computed (null when it can)
 * @param flagged             psi above {@link ShiftReport#FLAG_ABOVE}
 */
public record FeatureShift(String feature, String factor, boolean usedByProspectModel, Double psi, String note, boolean flagged) {

    public boolean computable() {
        return psi != null;
    }
}
