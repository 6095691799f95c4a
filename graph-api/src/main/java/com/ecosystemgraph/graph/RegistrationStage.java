package com.ecosystemgraph.graph;

/** When the partner registered the deal (it sets the registration commission). */
public enum RegistrationStage {
    BEFORE_CONTACT, AFTER_FIRST_MEETING, LATE_STAGE, UNREGISTERED
}
