package com.ecosystemgraph.overload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of what the service takes on at once (docs/operations.md, "Overload").
 *
 * @param maxConcurrent GraphQL executions at once, analytics apart ({@code ECOSYSTEM_MAX_CONCURRENT_QUERIES});
 *     0: the smaller of the database connection pool and 4 per CPU core
 * @param queueSize requests that may wait for one of those ({@code ECOSYSTEM_QUERY_QUEUE}); -1: twice {@code maxConcurrent}
 * @param queueTimeout longest a request waits in that queue before it is refused ({@code ECOSYSTEM_QUERY_QUEUE_TIMEOUT});
 *     when the queue has not been empty for that long (overload, not a burst), 20 ms ({@link Bulkhead})
 * @param maxConcurrentAnalytics analytics (the heavy root fields of {@link HeavyOperations}) at once
 *     ({@code ECOSYSTEM_MAX_CONCURRENT_ANALYTICS}); 0: one per two CPU cores, at least two (a page asks for
 *     several at once)
 * @param analyticsQueueSize analytics that may wait ({@code ECOSYSTEM_ANALYTICS_QUEUE}); -1: 24, a few pages' worth
 *     (a Portfolio visit with a new period asks for more than ten analyses at once)
 * @param analyticsQueueTimeout longest an analysis waits before it is refused ({@code ECOSYSTEM_ANALYTICS_QUEUE_TIMEOUT});
 *     always the whole timeout, and long: one browser has six requests in flight and drops (aborts) the ones a changed
 *     filter supersedes, which the service cannot see and still runs, so a single user's Portfolio visit with two
 *     filter changes queues a dozen analyses of a second or more each; a refusal would only have it retried. The
 *     bounded queue, not this wait, is what sheds an overload
 * @param rateLimit requests per second each client (a user, an API key) may send on average
 *     ({@code ECOSYSTEM_RATE_LIMIT}); 0 switches the limit off
 * @param rateLimitBurst requests a client may send at once above that rate ({@code ECOSYSTEM_RATE_LIMIT_BURST})
 */
@ConfigurationProperties("ecosystem.load")
public record LoadProperties(
        @DefaultValue("0") int maxConcurrent,
        @DefaultValue("-1") int queueSize,
        @DefaultValue("1s") Duration queueTimeout,
        @DefaultValue("0") int maxConcurrentAnalytics,
        @DefaultValue("-1") int analyticsQueueSize,
        @DefaultValue("20s") Duration analyticsQueueTimeout,
        @DefaultValue("20") double rateLimit,
        @DefaultValue("40") int rateLimitBurst) {

    /** GraphQL executions at once: the setting, or its default from the connection pool and the cores. */
    public int queries(int connectionPool, int cores) {
        return maxConcurrent > 0 ? maxConcurrent : Math.max(1, Math.min(connectionPool, 4 * cores));
    }

    public int queriesQueue(int connectionPool, int cores) {
        return queueSize >= 0 ? queueSize : 2 * queries(connectionPool, cores);
    }

    public int analytics(int cores) {
        return maxConcurrentAnalytics > 0 ? maxConcurrentAnalytics : Math.max(2, cores / 2);
    }

    public int analyticsQueue(int cores) {
        return analyticsQueueSize >= 0 ? analyticsQueueSize : Math.max(24, 4 * analytics(cores));
    }
}
