package com.ecosystemgraph.outcome;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Carries a request's {@link WriteOutcomes} to the threads that run its data fetchers, the way Spring
 * for GraphQL carries the security context (registered in
 * {@code META-INF/services/io.micrometer.context.ThreadLocalAccessor}).
 */
public final class WriteOutcomesAccessor implements ThreadLocalAccessor<WriteOutcomes> {

    static final String KEY = WriteOutcomes.class.getName();

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public WriteOutcomes getValue() {
        return WriteOutcomes.CURRENT.get();
    }

    @Override
    public void setValue(WriteOutcomes value) {
        WriteOutcomes.CURRENT.set(value);
    }

    @Override
    public void setValue() {
        WriteOutcomes.CURRENT.remove();
    }
}
