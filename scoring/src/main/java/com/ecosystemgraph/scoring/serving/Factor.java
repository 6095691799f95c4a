package com.ecosystemgraph.scoring.serving;

/**
 * One reason behind a score.
 *
 * @param feature      the factor: the raw property the model's features are computed from
 * @param value        its value for this partner, as shown to a person
 * @param contribution its effect on the score relative to an average partner, in log-odds of the
 *                     calibrated probability (positive raises the score)
 * @param description  the same in plain words, e.g. "4 certified staff: top 15% of partners"
 */
public record Factor(String feature, String value, double contribution, String description) {
}
