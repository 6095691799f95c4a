package com.ecosystemgraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The remembered Basic verifications: hits, a changed password, failures. */
class CachingAuthenticationProviderTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
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

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
