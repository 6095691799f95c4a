package com.ecosystemgraph.outcome;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mutations of one request and where each stands, shared by the thread that runs them and the
 * one that answers the request when its time runs out. The two agree through one atomic step per
 * mutation: either the mutation moves from {@code RUNNING} to {@code COMMITTING} (its commit is sent;
 * if the answer is lost, the outcome is unknown), or the time-out moves it from {@code RUNNING} to
 * {@code ABANDONED} (it will roll back before its commit, whenever the database answers again). So a
 * request that answered "timed out, not written" never commits afterwards.
 */
public final class WriteOutcomes {

    /** The request attribute that holds a request's outcomes. */
    public static final String ATTRIBUTE = WriteOutcomes.class.getName();

    static final ThreadLocal<WriteOutcomes> CURRENT = new ThreadLocal<>();

    /** Where one mutation stands. */
    public enum State {
        RUNNING, COMMITTING, COMMITTED, ROLLED_BACK, ABANDONED
    }

    /** One mutation of the request. */
    public static final class Write {
        private final String operation;
        private final List<String> ids;
        private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

        Write(String operation, List<String> ids) {
            this.operation = operation;
            this.ids = List.copyOf(ids);
        }

        public String operation() {
            return operation;
        }

        public List<String> ids() {
            return ids;
        }

        public State state() {
            return state.get();
        }

        /**
         * Just before the commit is sent.
         *
         * @throws AbandonedWriteException when the request's time ran out first: the caller rolls back
         */
        public void committing() {
            if (!state.compareAndSet(State.RUNNING, State.COMMITTING)) {
                throw new AbandonedWriteException(this);
            }
        }

        /** The database confirmed the commit. */
        public void committed() {
            state.set(State.COMMITTED);
        }

        /** The transaction rolled back before its commit was sent (or the commit was refused with a definite answer). */
        public void rolledBack() {
            state.updateAndGet(s -> s == State.COMMITTED ? s : State.ROLLED_BACK);
        }

        @Override
        public String toString() {
            return operation + (ids.isEmpty() ? "" : " " + String.join(", ", ids));
        }
    }

    /** What the request's writes came to when its time ran out. */
    public record Summary(List<Write> committed, List<Write> unknown, List<Write> rolledBack) {
        public boolean any() {
            return !committed.isEmpty() || !unknown.isEmpty() || !rolledBack.isEmpty();
        }
    }

    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private volatile boolean abandoned;

    /** The outcomes of the request this thread works for (propagated to GraphQL's data-fetching threads). */
    public static Optional<WriteOutcomes> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * A mutation starts.
     *
     * @throws AbandonedWriteException when the request's time already ran out: the mutation does not run
     */
    public Write begin(String operation, List<String> ids) {
        Write write = new Write(operation, ids);
        if (abandoned) {
            write.state.set(State.ABANDONED);
            throw new AbandonedWriteException(write);
        }
        writes.add(write);
        if (abandoned) {
            // The time-out ran between the check and the add: it may not have seen this write.
            write.state.compareAndSet(State.RUNNING, State.ABANDONED);
        }
        return write;
    }

    /**
     * The request's time ran out: every mutation that has not sent its commit will roll back; says
     * what each came to.
     */
    public Summary abandon() {
        abandoned = true;
        List<Write> committed = new java.util.ArrayList<>();
        List<Write> unknown = new java.util.ArrayList<>();
        List<Write> rolledBack = new java.util.ArrayList<>();
        for (Write write : writes) {
            write.state.compareAndSet(State.RUNNING, State.ABANDONED);
            switch (write.state()) {
                case COMMITTED -> committed.add(write);
                case COMMITTING -> unknown.add(write);
                default -> rolledBack.add(write);
            }
        }
        return new Summary(committed, unknown, rolledBack);
    }
}
