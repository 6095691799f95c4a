package com.ecosystemgraph.scoring.serving;

/** How far a score can be trusted. */
public enum ScoreConfidence {
    /** The model scores a company like the ones it learned from. */
    NORMAL,
    /**
     * A prospect scored while prospects differ from the partners the model learned from in a feature
     * it reads (PSI above the threshold of {@link com.ecosystemgraph.scoring.shift.ShiftReport}).
     */
    LOW,
    /** Nothing is known of the company beyond its name: the score is the base rate, not a judgement. */
    INSUFFICIENT_DATA
}
