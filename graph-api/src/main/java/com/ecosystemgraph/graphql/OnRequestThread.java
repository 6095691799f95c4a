package com.ecosystemgraph.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller whose methods run on the request's own thread, not on the controller executor
 * ({@link ControllerThreads}): their work is reading the graph, bounded by the database's transaction
 * timeout (shorter than the request timeout), plus Java work in proportion to the rows read. A request
 * that only asks for such fields then completes where it started, with no hand-off to another thread and
 * back (with both cores busy, each hand-off is a wait for a core: it was most of the tail of a page of
 * partners in the side-by-side bench, docs/benchmarks.md).
 *
 * <p>Nothing that waits on anything but the database belongs here: analyses (locks, rollups, Java work
 * over the whole graph), writes, jobs. Those keep the executor, so the request timeout (503 {@code TIMEOUT})
 * still answers for them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnRequestThread {
}
