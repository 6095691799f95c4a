package com.ecosystemgraph.scoring;

import com.ecosystemgraph.scoring.ScoringService.ScoredPartner;
import com.ecosystemgraph.scoring.ScoringState.Pointer;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ScoringModels;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.util.List;
import java.util.Map;

/**
 * What the scoring service's jobs ({@link Rescoring}, {@link TrainingRuns}) need of the model this
 * instance serves and of its status; {@link ScoringService} holds both and keeps them consistent
 * (its changes of the served model are synchronized on it).
 */
interface ServingHost {

    /** The model this instance serves, null when none. */
    ServedModel serving();

    /**
     * Serves the stored version {@code pointer} here from now on, unless it was refused here before.
     *
     * @return true when the version serves here now
     */
    boolean adoptUnlessRefused(Pointer pointer, String why);

    /** Serves the stored version {@code pointer} here from now on (a refusal is logged and audited once). */
    boolean adopt(Pointer pointer, String why);

    /** Reads the stored scores when the database has newer ones than this instance serves. */
    void refreshScores();

    /** A rescoring here wrote these scores of {@code model} (made from {@code rows}): they serve unless newer ones do. */
    void rescored(ScoringModels model, Map<String, ScoredPartner> scores, ShiftReport shift, long generation, List<PartnerFeatures> rows);

    /** This instance trains a model while none serves: the status says so. */
    void training(String problem);

    /** No model can serve for {@code message}, logged (with the cause, if any); a serving model keeps serving. */
    void unavailable(String message, Throwable cause);
}
