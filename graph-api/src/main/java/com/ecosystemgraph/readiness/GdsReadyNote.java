package com.ecosystemgraph.readiness;

import com.ecosystemgraph.availability.GraphDataScience;
import org.springframework.stereotype.Component;

/** The ready line says when the database server has no Graph Data Science plugin (and nothing when it has). */
@Component
class GdsReadyNote implements ReadyNote {

    private final GraphDataScience gds;

    GdsReadyNote(GraphDataScience gds) {
        this.gds = gds;
    }

    @Override
    public String note() {
        return gds.available()
                ? ""
                : "no Graph Data Science plugin on the database: the referral structure and model training are unavailable";
    }
}
