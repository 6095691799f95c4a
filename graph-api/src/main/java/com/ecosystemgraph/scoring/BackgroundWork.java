package com.ecosystemgraph.scoring;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scoring service's background threads: one for training, one for rescoring (each runs its
 * tasks one after another, and counts those not yet ended), and the watcher of the model store.
 */
final class BackgroundWork {

    private final ExecutorService trainer = Executors.newSingleThreadExecutor(daemon("ipp-training"));
    private final ExecutorService scorer = Executors.newSingleThreadExecutor(daemon("ipp-scoring"));
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(daemon("ipp-model-watch"));
    private final AtomicInteger trainerTasks = new AtomicInteger();
    private final AtomicInteger scorerTasks = new AtomicInteger();
    private final AtomicBoolean watching = new AtomicBoolean();

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs a training task (start-up training, retraining) after those submitted before. */
    void train(Runnable task) {
        submit(trainer, trainerTasks, task);
    }

    /** Runs a rescoring task after those submitted before. */
    void score(Runnable task) {
        submit(scorer, scorerTasks, task);
    }

    /** True while a training task is queued or running here. */
    boolean training() {
        return trainerTasks.get() != 0;
    }

    /** True while a rescoring task is queued or running here. */
    boolean scoring() {
        return scorerTasks.get() != 0;
    }

    private static void submit(ExecutorService executor, AtomicInteger tasks, Runnable task) {
        tasks.incrementAndGet();
        executor.submit(() -> {
            try {
                task.run();
            } finally {
                tasks.decrementAndGet();
            }
        });
    }

    /** Runs {@code check} every {@code every} (at least 100 ms) from now on; once only. */
    void watch(Runnable check, Duration every) {
        if (watching.compareAndSet(false, true)) {
            long millis = Math.max(100, every.toMillis());
            watcher.scheduleWithFixedDelay(check, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code check} at once on the watcher's thread, when it is watching. */
    void checkNow(Runnable check) {
        if (watching.get()) {
            watcher.execute(check);
        }
    }

    /** Waits until the training and rescoring tasks submitted so far have ended; true when they did in time. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            trainer.submit(() -> {
            }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            scorer.submit(() -> {
            }).get(left, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Stops the threads (running tasks are interrupted). */
    void close() {
        watcher.shutdownNow();
        trainer.shutdownNow();
        scorer.shutdownNow();
    }
}
