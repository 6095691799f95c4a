package com.ecosystemgraph.readiness;

/**
 * A feature's part of the ready line ({@code model 20260101-120000}, {@code model training in the
 * background}), so {@link ReadyLine} names the state of a feature without depending on it.
 */
public interface ReadyNote {

    /** What the ready line says for this feature, read when readiness turns UP; blank: nothing to say. */
    String note();
}
