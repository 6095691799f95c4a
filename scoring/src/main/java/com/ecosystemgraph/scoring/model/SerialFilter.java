package com.ecosystemgraph.scoring.model;

import java.io.ObjectInputFilter;

/**
 * Installs Tribuo's JEP 290 deserialization filter process-wide (Tribuo's docs/jep-290-filter.txt,
 * without the LibSVM and LibLinear classes: we never load those models).
 *
 * <p>Models are only ever loaded from protobuf, which does not use Java serialization at all; the
 * filter is defence in depth should any code path hand an {@code ObjectInputStream} a model file.
 */
public final class SerialFilter {

    /** Tribuo classes and the JDK collections and boxed values they hold; everything else is rejected. */
    public static final String PATTERN = "org.tribuo.**;java.util.**;java.lang.*;!*";

    private SerialFilter() {
    }

    /** What {@link #install()} found or did. */
    public enum Outcome {
        INSTALLED, ALREADY_INSTALLED, OTHER_FILTER_PRESENT
    }

    /**
     * Installs the filter unless one is in place. The JDK lets a process set its filter once: if
     * another filter (e.g. {@code -Djdk.serialFilter}) is already set, it is left alone.
     */
    public static synchronized Outcome install() {
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current != null) {
            return PATTERN.equals(current.toString()) ? Outcome.ALREADY_INSTALLED : Outcome.OTHER_FILTER_PRESENT;
        }
        try {
            ObjectInputFilter.Config.setSerialFilter(ObjectInputFilter.Config.createFilter(PATTERN));
            return Outcome.INSTALLED;
        } catch (IllegalStateException raced) {
            return Outcome.OTHER_FILTER_PRESENT;
        }
    }
}
