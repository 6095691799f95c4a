package com.ecosystemgraph.overload;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * One token bucket per client (a user name, {@code key:<id>} for an API key): {@code burst} requests
 * at once, refilled at {@code perSecond}. The buckets live in a bounded cache; a client idle long
 * enough to have a full bucket again loses nothing when its bucket is dropped.
 */
final class RateLimits {

    static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final int burst;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    RateLimits(double perSecond, int burst, TimeMeter clock) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
        this.clock = clock;
        Duration refillAll = perSecond > 0 ? Duration.ofNanos((long) (this.burst / perSecond * 1e9)) : Duration.ZERO;
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS)
                .expireAfterAccess(refillAll.plusSeconds(1)).build();
    }

    boolean enabled() {
        return perSecond > 0;
    }

    /** Takes one request from the client's bucket; empty when allowed, else how long until one is. */
    Optional<Duration> take(String client) {
        if (!enabled()) {
            return Optional.empty();
        }
        ConsumptionProbe probe = buckets.get(client, this::bucket).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String client) {
        // One token every 1/perSecond seconds, as a whole number of tokens per period (Bucket4j counts in tokens).
        long tokens = perSecond >= 1 ? Math.round(perSecond) : 1;
        Duration period = perSecond >= 1 ? Duration.ofSeconds(1) : Duration.ofNanos((long) (1e9 / perSecond));
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(tokens, period))
                .withCustomTimePrecision(clock)
                .build();
    }
}
