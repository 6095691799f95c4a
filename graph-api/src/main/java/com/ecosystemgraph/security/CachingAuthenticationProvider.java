package com.ecosystemgraph.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * User name and password (HTTP Basic, the session login) checked against the stored bcrypt hash,
 * with a successful check remembered briefly so that an application sending Basic on every request
 * pays bcrypt's ~100 ms once, not per request.
 *
 * <ul>
 *   <li>The cache key is an HMAC-SHA256 of user name and password under a key made at start, so the
 *       cache holds no password and its keys cannot be tested offline.</li>
 *   <li>An entry remembers the stored hash it was checked against: when a password changes, the next
 *       request no longer matches and is checked (and fails) in full.</li>
 *   <li>Failures are never cached: every wrong password costs a full bcrypt check. The cache is
 *       bounded ({@value #MAX_ENTRIES} entries) and entries expire after {@link #TTL}.</li>
 *   <li>One check per credentials at a time: requests that bring the same credentials while they are
 *       being checked wait for that check instead of running bcrypt each. When an entry expired under
 *       320 requests/s, every request in flight ran its own bcrypt on platform threads, the two cores
 *       shared ~600 of them and the service stalled for 2 s (LoadBenchIT, ADR 0025).</li>
 * </ul>
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

    static final int MAX_ENTRIES = 10_000;
    static final Duration TTL = Duration.ofMinutes(1);

    private record Verified(Authentication result, String storedHash) {
    }

    private final DaoAuthenticationProvider delegate;
    private final UserDetailsService users;
    private final SecretKeySpec macKey;
    private final Cache<ByteBuffer, Verified> verified = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(TTL).build();
    /** The checks running now, by credentials (removed when they end; a failure is never kept). */
    private final ConcurrentHashMap<ByteBuffer, CompletableFuture<Verified>> checking = new ConcurrentHashMap<>();

    CachingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        this.users = users;
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.macKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (name == null || !(credentials instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        ByteBuffer key = key(name, password);
        while (true) {
            Verified hit = verified.getIfPresent(key);
            if (hit != null) {
                if (stillValid(name, hit)) {
                    return withDetails(hit.result(), authentication);
                }
                verified.invalidate(key);
            }
            CompletableFuture<Verified> mine = new CompletableFuture<>();
            CompletableFuture<Verified> theirs = checking.putIfAbsent(key, mine);
            if (theirs == null) {
                return check(key, mine, authentication);
            }
            try {
                hit = theirs.join();
            } catch (CompletionException e) {
                // The same credentials just failed their check: so do these (nothing was remembered).
                if (e.getCause() instanceof AuthenticationException failed) {
                    throw failed;
                }
                throw e;
            }
            if (stillValid(name, hit)) {
                return withDetails(hit.result(), authentication);
            }
        }
    }

    /** The full check of credentials no one else is checking; remembered when it succeeds. */
    private Authentication check(ByteBuffer key, CompletableFuture<Verified> mine, Authentication authentication) {
        try {
            String storedHash = storedHash(authentication.getName());
            Authentication result = delegate.authenticate(authentication);
            Verified done = new Verified(result, storedHash);
            if (storedHash != null) {
                verified.put(key, done);
            }
            mine.complete(done);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /**
     * Whether these credentials were verified within the last minute and still match: checked without
     * bcrypt, so the sign-in throttle lets an application that is signed in go on during a flood.
     */
    boolean remembers(String name, String password) {
        Verified hit = verified.getIfPresent(key(name, password));
        return hit != null && stillValid(name, hit);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Entries currently cached (for tests). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private boolean stillValid(String name, Verified hit) {
        try {
            UserDetails user = users.loadUserByUsername(name);
            return hit.storedHash() != null && user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired()
                    && user.isCredentialsNonExpired()
                    && hit.storedHash().equals(user.getPassword());
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private String storedHash(String name) {
        try {
            return users.loadUserByUsername(name).getPassword();
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    /** The cached result, with this request's details (which way the credentials came in). */
    private static Authentication withDetails(Authentication cached, Authentication request) {
        var copy = UsernamePasswordAuthenticationToken.authenticated(cached.getPrincipal(), null, cached.getAuthorities());
        copy.setDetails(request.getDetails());
        return copy;
    }

    private ByteBuffer key(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return ByteBuffer.wrap(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
