package com.ecosystemgraph.audit;

import com.ecosystemgraph.security.CredentialKind;
import com.ecosystemgraph.security.SignInThrottleProperties;
import com.ecosystemgraph.security.SignInThrottled;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refused sign-ins (a wrong password, an unknown or revoked API key, an attempt the throttle refused)
 * go into the audit trail with the name or key id they claimed and the client's address, never the
 * password or key.
 *
 * <p>A flood is coalesced, so that a password spray cannot grow the trail without bound: per client
 * address, the first {@value #RECORDED_ONE_BY_ONE} refusals of a window (the sign-in throttle's, 5 min
 * by default) are recorded one by one, the rest are counted and recorded as one event when the window
 * ends ("57 more refused sign-ins from 10.0.0.7 … claiming admin, root"). At most
 * {@value #RECORDED_ONE_BY_ONE} + 1 events per address and window, whatever the attacker sends.
 */
@Component
public class SignInAuditing {

    /** Refused sign-ins per address and window recorded one by one by default ({@code ecosystem.sign-in.audited-one-by-one}). */
    static final int RECORDED_ONE_BY_ONE = 3;
    static final int MAX_ADDRESSES = 10_000;
    /** Names listed in a flood's summary; the rest are counted. */
    static final int NAMES_LISTED = 5;

    /** The refusals from one address in the current window. */
    private static final class Flood {
        final Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        final AtomicInteger seen = new AtomicInteger();
        final AtomicInteger counted = new AtomicInteger();
        final AtomicInteger throttled = new AtomicInteger();
        final Set<String> names = new LinkedHashSet<>();
        volatile CredentialKind kind = CredentialKind.BASIC;
        volatile Instant last = first;
        int otherNames;

        synchronized void name(String name) {
            if (!names.contains(name)) {
                if (names.size() < NAMES_LISTED) {
                    names.add(name);
                } else {
                    otherNames++;
                }
            }
        }
    }

    private final AuditTrail trail;
    private final int oneByOne;
    private final Cache<String, Flood> floods;

    SignInAuditing(AuditTrail trail, SignInThrottleProperties throttle) {
        this.trail = trail;
        this.oneByOne = throttle.auditedOneByOne();
        this.floods = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES)
                .expireAfterWrite(throttle.window().isPositive() ? throttle.window() : Duration.ofMinutes(5))
                .scheduler(Scheduler.systemScheduler())
                // Expired or evicted windows are summarised off the request threads (Caffeine's executor);
                // flush() removes and summarises on its caller's thread, so that its caller sees them written.
                .removalListener((String address, Flood flood, RemovalCause cause) -> {
                    if (cause != RemovalCause.EXPLICIT) {
                        summarise(address, flood);
                    }
                })
                .build();
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        var claimed = event.getAuthentication();
        String name = claimed == null || claimed.getName() == null || claimed.getName().isBlank() ? "(none)" : claimed.getName();
        boolean key = name.startsWith("key:");
        CredentialKind credential = key
                ? CredentialKind.API_KEY
                : claimed != null && claimed.getDetails() instanceof CredentialKind.SignInDetails details
                        ? details.kind()
                        : CredentialKind.BASIC;
        String reason = key ? "unknown, revoked or empty API key" : "wrong user name or password";
        String address = address();
        Flood flood = floods.get(address, a -> new Flood());
        if (flood.seen.incrementAndGet() <= oneByOne) {
            trail.recordSeparately(new AuditTrail.Entry(new AuditTrail.Actor(name, credential, null), "signIn", List.of(),
                    "refused: " + reason + " (from " + address + ")", AuditEvent.Outcome.REFUSED));
        } else {
            count(flood, name, credential);
        }
    }

    @EventListener
    void throttled(SignInThrottled event) {
        Flood flood = floods.get(event.address() == null ? "(unknown)" : event.address(), a -> new Flood());
        flood.seen.incrementAndGet();
        flood.throttled.incrementAndGet();
        count(flood, event.claimed() == null || event.claimed().isBlank() ? "(none)" : event.claimed(),
                event.claimed() != null && event.claimed().startsWith("key:") ? CredentialKind.API_KEY : CredentialKind.BASIC);
    }

    private static void count(Flood flood, String name, CredentialKind credential) {
        flood.counted.incrementAndGet();
        flood.kind = credential;
        flood.last = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        flood.name(name);
    }

    /**
     * Writes the summaries of the floods under way (at shutdown; tests) before it returns: each window is
     * removed and summarised here, not by the removal listener, which runs on another thread.
     */
    @PreDestroy
    public void flush() {
        for (String address : List.copyOf(floods.asMap().keySet())) {
            Flood flood = floods.asMap().remove(address);
            if (flood != null) {
                summarise(address, flood);
            }
        }
        floods.cleanUp();
    }

    private void summarise(String address, Flood flood) {
        if (flood == null || flood.counted.get() == 0) {
            return;
        }
        String names;
        synchronized (flood) {
            names = String.join(", ", flood.names) + (flood.otherNames > 0 ? " and " + flood.otherNames + " other names" : "");
        }
        String first = flood.names.isEmpty() ? "(none)" : flood.names.iterator().next();
        trail.recordSeparately(new AuditTrail.Entry(new AuditTrail.Actor(first, flood.kind, null), "signIn", List.of(),
                "refused: " + flood.counted.get() + " more sign-ins from " + address + " between " + flood.first + " and " + flood.last
                        + " (" + flood.throttled.get() + " of them answered 429 by the throttle without a check), claiming " + names,
                AuditEvent.Outcome.REFUSED));
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return "(unknown)";
    }
}
