package com.ecosystemgraph.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per claimed user name and per client address, as token buckets: each holds
 * {@code maxFailures} and gets one back every {@code window / maxFailures}. A failure takes one from
 * both; while either is empty, attempts are refused (429 with {@code Retry-After}) before any
 * password is checked, so a flood of wrong passwords costs the service neither bcrypt time nor
 * memory (both caches are bounded). The start of throttling is logged once per user name or address,
 * not per attempt.
 */
@Component
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    static final int MAX_KEYS = 100_000;
    /** Longest user name kept as a key; a longer one is cut (it is never a real user). */
    static final int MAX_NAME = 100;

    private final int maxFailures;
    private final Duration window;
    private final TimeMeter clock;
    private final Cache<String, Bucket> users;
    private final Cache<String, Bucket> addresses;

    @Autowired
    SignInThrottle(SignInThrottleProperties properties) {
        this(properties, TimeMeter.SYSTEM_NANOTIME);
    }

    SignInThrottle(SignInThrottleProperties properties, TimeMeter clock) {
        this.maxFailures = properties.maxFailures();
        this.window = properties.window();
        this.clock = clock;
        // A bucket left alone for a window is full again: dropping it then forgets nothing.
        this.users = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(window).build();
    }

    boolean enabled() {
        return maxFailures > 0;
    }

    /** Empty when an attempt for {@code user} from {@code address} may be checked, else how long until one may. */
    public Optional<Duration> refusedFor(String user, String address) {
        if (!enabled()) {
            return Optional.empty();
        }
        long wait = Math.max(waitNanos(users.getIfPresent(key(user))), waitNanos(addresses.getIfPresent(address)));
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    /** A sign-in for {@code user} from {@code address} failed. */
    public void failed(String user, String address) {
        if (!enabled()) {
            return;
        }
        take(users, key(user), "user name '" + key(user) + "'");
        if (address != null) {
            take(addresses, address, "address " + address);
        }
    }

    private void take(Cache<String, Bucket> buckets, String key, String what) {
        Bucket bucket = buckets.get(key, k -> bucket());
        if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
            LOG.warn("Throttling sign-ins for the {}: {} failed attempts within {}; further attempts are answered 429 "
                    + "until one is forgiven ({} s), without checking a password", what, maxFailures, words(window),
                    Math.max(1, window.toSeconds() / maxFailures));
        }
    }

    private Bucket bucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(maxFailures).refillGreedy(maxFailures, window))
                .withCustomTimePrecision(clock)
                .build();
    }

    private static long waitNanos(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }

    static String key(String user) {
        String name = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String words(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }
}
