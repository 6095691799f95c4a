package com.ecosystemgraph.support;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock for token buckets that moves only when a test moves it (no sleeps, no timing). */
public final class ManualClock implements TimeMeter {

    private final AtomicLong now = new AtomicLong();

    public void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Override
    public long currentTimeNanos() {
        return now.get();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
