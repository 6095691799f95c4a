package com.ecosystemgraph.scoring;

import com.ecosystemgraph.readiness.ReadyNote;
import org.springframework.stereotype.Component;

/** The serving model in the ready line: its version, or what is happening to it (loading, training, none and why). */
@Component
class ModelReadyNote implements ReadyNote {

    private final ScoringService scoring;

    ModelReadyNote(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Override
    public String note() {
        return scoring.card().map(card -> "model " + card.modelVersion()).orElse(switch (scoring.status()) {
            case STARTING -> "model loading in the background";
            case TRAINING -> "model training in the background";
            case READY -> "model ready";
            case UNAVAILABLE -> "no model: " + scoring.problem();
        });
    }
}
