package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The remembered Basic verifications: hits, a changed password, failures. */
class CachingAuthenticationProviderTest {

    /** Counts the full checks (bcrypt's matches), the cost the cache is there to save. */
    private final AtomicInteger fullChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder encoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            fullChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("viewer").password(encoder.encode("old-password")).roles("VIEWER").build());
    private final CachingAuthenticationProvider provider = new CachingAuthenticationProvider(users, encoder);

    @Test
    void aSuccessIsRememberedAndAChangedPasswordEndsItAtOnce() {
        assertThat(provider.authenticate(token("viewer", "old-password")).isAuthenticated()).isTrue();
        assertThat(provider.size()).isEqualTo(1);
        assertThat(provider.authenticate(token("viewer", "old-password")).getName()).isEqualTo("viewer");

        users.updateUser(User.withUsername("viewer").password(encoder.encode("new-password")).roles("VIEWER").build());
        assertThatThrownBy(() -> provider.authenticate(token("viewer", "old-password"))).isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(token("viewer", "new-password")).isAuthenticated()).isTrue();
    }

    @Test
    void failuresAreNotRemembered() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("viewer", "guess"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(token("nobody", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(provider.size()).isZero();
    }

    @Test
    void requestsThatBringTheSameCredentialsAtOnceShareOneFullCheck() throws Exception {
        for (Future<Authentication> answer : atOnce(8, "old-password")) {
            assertThat(answer.get().getName()).isEqualTo("viewer");
        }
        assertThat(fullChecks).hasValue(1);

        // A wrong password checked by several at once fails for each of them, and is not remembered.
        for (Future<Authentication> answer : atOnce(8, "guess")) {
            assertThatThrownBy(answer::get).hasCauseInstanceOf(BadCredentialsException.class);
        }
        assertThat(provider.size()).isEqualTo(1);
    }

    /** The viewer's name with this password, authenticated by this many threads released at the same moment. */
    private List<Future<Authentication>> atOnce(int requests, String password) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Authentication>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return provider.authenticate(token("viewer", password));
                }));
            }
            start.countDown();
        }
        return answers;
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
