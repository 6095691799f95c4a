package com.ecosystemgraph.security;

import java.util.Locale;

/** The roles, each including the ones before it. */
public enum Role {
    /** Strategists: read everything. */
    VIEWER,
    /** Partner recruiters: viewer, plus prospect ranking and prospect edits. */
    RECRUITER,
    /** Operators: all writes, import, training. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String username() {
        return name().toLowerCase(Locale.ROOT);
    }
}
