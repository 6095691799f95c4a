package com.ecosystemgraph.overload;

import com.ecosystemgraph.availability.DatabaseAvailability;
import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.graphql.ServiceErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The first thing every GraphQL request meets, before it is parsed or validated:
 * <ol>
 *   <li>while the database is known to be unreachable, {@code 503 UNAVAILABLE} at once (no request
 *       waits for a connection that cannot be made; the readiness check finds it back within a second);</li>
 *   <li>the client's rate ({@link RateLimits}): past it, {@code 429 RATE_LIMITED};</li>
 *   <li>a slot in the light or the analytics pool ({@link Bulkhead}, {@link HeavyOperations}),
 *       waiting briefly in a bounded queue: past it, {@code 503 OVERLOADED}.</li>
 * </ol>
 * Each refusal is a GraphQL error in the project's shape with {@code retryAfterSeconds}; the HTTP
 * status and {@code Retry-After} come from {@code ServiceStatusHttpHandler}. Nothing refused here has
 * run, so a refused mutation wrote nothing. The slot is held until the execution completes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExecutionLimiter implements WebGraphQlInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionLimiter.class);
    static final int OVERLOADED_RETRY_AFTER_SECONDS = 1;

    private final DatabaseAvailability availability;
    private final LoadProperties load;
    private final Bulkhead queries;
    private final Bulkhead analytics;
    private final RateLimits rates;
    private final HeavyOperations.Remembered heavy = new HeavyOperations.Remembered();
    private final Counter overloaded;
    private final Counter rateLimited;
    private final AtomicLong refusedSinceLog = new AtomicLong();
    private final AtomicReference<Instant> lastLog = new AtomicReference<>(Instant.EPOCH);

    ExecutionLimiter(LoadProperties load, EcosystemProperties ecosystem, DatabaseAvailability availability, MeterRegistry meters) {
        this.availability = availability;
        this.load = load;
        int cores = Runtime.getRuntime().availableProcessors();
        int pool = ecosystem.neo4j().maxConnectionPoolSize();
        this.queries = new Bulkhead("queries", load.queries(pool, cores), load.queriesQueue(pool, cores), load.queueTimeout(), true,
                System::nanoTime);
        this.analytics = new Bulkhead("analytics", load.analytics(cores), load.analyticsQueue(cores), load.analyticsQueueTimeout(),
                false, System::nanoTime);
        this.rates = new RateLimits(load.rateLimit(), load.rateLimitBurst(), TimeMeter.SYSTEM_NANOTIME);
        for (Bulkhead bulkhead : new Bulkhead[]{queries, analytics}) {
            Gauge.builder("ecosystem.load.running", bulkhead, Bulkhead::running).tag("pool", bulkhead.name())
                    .description("GraphQL executions running now").register(meters);
            Gauge.builder("ecosystem.load.running.max", bulkhead, Bulkhead::mostRunningSinceLastAsked).tag("pool", bulkhead.name())
                    .description("Most GraphQL executions running at once since the last scrape").register(meters);
            Gauge.builder("ecosystem.load.waiting", bulkhead, Bulkhead::waiting).tag("pool", bulkhead.name())
                    .description("GraphQL requests waiting for a slot now").register(meters);
            Gauge.builder("ecosystem.load.limit", bulkhead, Bulkhead::permits).tag("pool", bulkhead.name())
                    .description("GraphQL executions allowed at once").register(meters);
        }
        this.overloaded = Counter.builder("ecosystem.load.refused").tag("reason", "overloaded")
                .description("GraphQL requests refused without running").register(meters);
        this.rateLimited = Counter.builder("ecosystem.load.refused").tag("reason", "rate-limited")
                .description("GraphQL requests refused without running").register(meters);
        LOG.info("Execution limits: {} queries at once (+{} waiting up to {} ms), {} analyses at once (+{} waiting up to {} ms), {}",
                queries.permits(), queries.queueSize(), load.queueTimeout().toMillis(), analytics.permits(), analytics.queueSize(),
                load.analyticsQueueTimeout().toMillis(),
                rates.enabled()
                        ? String.format(Locale.ROOT, "%s requests/s per client (bursts of %d)", number(load.rateLimit()),
                                load.rateLimitBurst())
                        : "no rate limit per client");
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!availability.isReachable()) {
            availability.refusedRequest();
            return Mono.just(refusal(request, ServiceErrorType.UNAVAILABLE, DatabaseAvailability.CLIENT_MESSAGE,
                    ServiceErrorType.RETRY_AFTER_SECONDS));
        }
        String client = client();
        // The service's own requests (the warm-up's analyses) come without a client address and no rate.
        Optional<Duration> wait = request.getRemoteAddress() == null ? Optional.empty() : rates.take(client);
        if (wait.isPresent()) {
            rateLimited.increment();
            int seconds = (int) Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Mono.just(refusal(request, ServiceErrorType.RATE_LIMITED, String.format(Locale.ROOT,
                    "Too many requests from %s: the limit is %s requests per second (bursts of %d). This request was not run; retry after %d s",
                    client, number(load.rateLimit()), load.rateLimitBurst(), seconds), seconds));
        }
        Bulkhead pool = heavy.isHeavy(request.getDocument(), request.getOperationName()) ? analytics : queries;
        return Mono.defer(() -> {
            Bulkhead.Refusal refused;
            try {
                refused = pool.enter();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                refused = Bulkhead.Refusal.WAITED_TOO_LONG;
            }
            if (refused != null) {
                return Mono.just(overloaded(request, pool, refused));
            }
            Mono<WebGraphQlResponse> execution;
            try {
                execution = chain.next(request);
            } catch (RuntimeException e) {
                pool.release();
                throw e;
            }
            return execution.doFinally(signal -> pool.release());
        });
    }

    private WebGraphQlResponse overloaded(WebGraphQlRequest request, Bulkhead pool, Bulkhead.Refusal why) {
        overloaded.increment();
        String what = pool == analytics ? "analyses" : "queries";
        String message = String.format(Locale.ROOT,
                "The service is at capacity (%d %s running, %d waiting%s): this request was not run. Retry after %d s",
                pool.running(), what, pool.waiting(), why == Bulkhead.Refusal.WAITED_TOO_LONG ? ", and it waited its longest" : "",
                OVERLOADED_RETRY_AFTER_SECONDS);
        logNowAndThen(pool);
        return refusal(request, ServiceErrorType.OVERLOADED, message, OVERLOADED_RETRY_AFTER_SECONDS);
    }

    /** One line a minute at most while requests are refused, not one per request. */
    private void logNowAndThen(Bulkhead pool) {
        long refused = refusedSinceLog.incrementAndGet();
        Instant last = lastLog.get();
        Instant now = Instant.now();
        if (Duration.between(last, now).compareTo(Duration.ofMinutes(1)) >= 0 && lastLog.compareAndSet(last, now)) {
            refusedSinceLog.set(0);
            LOG.warn("Overloaded: refused {} request(s) since the last such line ({} {} running, {} waiting); clients were told to retry",
                    refused, pool.running(), pool.name(), pool.waiting());
        }
    }

    private static WebGraphQlResponse refusal(WebGraphQlRequest request, ServiceErrorType type, String message, int retryAfterSeconds) {
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().errorType(type).message(message)
                        .extensions(Map.of("retryAfterSeconds", retryAfterSeconds)).build())
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    /** Whose bucket a request takes from: the signed-in user, or {@code key:<id>} for an API key. */
    private static String client() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken || who.getName() == null ? "(anonymous)" : who.getName();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
