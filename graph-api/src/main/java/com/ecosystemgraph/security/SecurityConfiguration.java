package com.ecosystemgraph.security;

import com.ecosystemgraph.config.InsecureConfigurationException;
import com.ecosystemgraph.config.EcosystemProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default. {@code /graphql} needs a user (HTTP Basic, an API key, or a session from
 * {@code /api/login}); what each user may do is decided per query, mutation and field by the
 * access annotations. Requests that carry their own credentials (Basic, API key) are stateless and
 * need no CSRF token; session requests from the browser do. A path that no rule names is answered
 * 404 to everyone (it is still denied: nothing behind it runs).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * With Spring Security's observations switched off (application.yaml), no observation wrappers either:
     * otherwise every filter of the chain and every authorization still makes an observation that is then
     * dropped (about 1.5 % of a page's server CPU in a JFR profile of the side-by-side bench, docs/benchmarks.md).
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonSecurityResponses responses, ApiKeys apiKeys,
            ApplicationEventPublisher events, SignInThrottle throttle,
            AuthenticationProvider passwordAuthentication, GraphiqlPage graphiql) throws Exception {
        // CSRF attacks ride a browser's session cookie; requests that bring their own credentials, or
        // have no session at all, cannot be forged that way. The login itself always needs the token
        // (no signing a victim's browser into someone else's session).
        RequestMatcher carriesCredentials = (HttpServletRequest request) -> request.getHeader("Authorization") != null
                || request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null
                || (request.getRequestedSessionId() == null && !"/api/login".equals(request.getServletPath()));
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/session").permitAll()
                        .requestMatchers("/api/login", "/api/logout").permitAll()
                        .requestMatchers("/graphql", "/graphql/**").authenticated()
                        .requestMatchers(HttpMethod.GET, GraphiqlPage.PATH, GraphiqlPage.PAGE).access(graphiql.access())
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/favicon.ico", "/favicon.svg",
                                "/explorer/**", "/portfolio/**", "/combinations/**", "/referrals/**", "/recruiting/**",
                                "/model/**", "/audit/**", "/login")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().access(JsonSecurityResponses.UNKNOWN_PATH))
                .httpBasic(basic -> basic.authenticationEntryPoint(responses.entryPoint())
                        .authenticationDetailsSource(request -> new CredentialKind.SignInDetails(CredentialKind.BASIC)))
                .formLogin(form -> form.loginProcessingUrl("/api/login")
                        .authenticationDetailsSource(request -> new CredentialKind.SignInDetails(CredentialKind.SESSION))
                        .successHandler((request, response, authentication) -> responses.write(response, 200, "OK", "Signed in"))
                        .failureHandler((request, response, exception) -> responses.write(response, 401, "UNAUTHORIZED",
                                "Wrong user name or password")))
                .logout(logout -> logout.logoutUrl("/api/logout")
                        .logoutSuccessHandler((request, response, authentication) -> responses.write(response, 200, "OK", "Signed out")))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(carriesCredentials))
                .headers(BrowserHeaders::apply)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(graphiql.signInFirst(responses.entryPoint()))
                        .accessDeniedHandler(responses.accessDeniedHandler()))
                // Before every way to sign in (the login form's filter runs before Basic's).
                .addFilterBefore(new SignInThrottleFilter(throttle, responses, events, request -> provenCheaply(request, apiKeys,
                        passwordAuthentication)), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SingleCredentialFilter(responses), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, responses, events), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** A valid API key (a hash lookup), or a Basic password verified within the last minute: no bcrypt either way. */
    private static boolean provenCheaply(HttpServletRequest request, ApiKeys apiKeys, AuthenticationProvider passwords) {
        String key = request.getHeader(ApiKeyAuthenticationFilter.HEADER);
        if (key != null) {
            return apiKeys.verify(key.strip()).isPresent();
        }
        return passwords instanceof CachingAuthenticationProvider cached
                && SignInThrottleFilter.basic(request).map(basic -> cached.remembers(basic[0], basic[1])).orElse(false);
    }

    /** The API keys, hashed; the configuration text is not kept. */
    @Bean
    ApiKeys apiKeys(SecurityProperties security) {
        ApiKeys keys = security.parsedApiKeys();
        if (!keys.countByRole().isEmpty()) {
            LOG.info("API keys configured: {}", keys.countByRole());
        }
        return keys;
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.RECRUITER.name())
                .role(Role.RECRUITER.name()).implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Passwords checked with bcrypt, a success remembered for a minute (see the class). */
    @Bean
    AuthenticationProvider passwordAuthentication(UserDetailsService users, PasswordEncoder encoder) {
        return new CachingAuthenticationProvider(users, encoder);
    }

    /**
     * The three users. With an external database (a real deployment) the documented demo
     * passwords are refused: the service does not start until each is replaced.
     */
    @Bean
    UserDetailsService users(SecurityProperties security, EcosystemProperties properties, PasswordEncoder encoder) {
        List<Role> demo = security.demoPasswordsInUse();
        if (properties.neo4j().external() && !demo.isEmpty()) {
            throw new InsecureConfigurationException("NEO4J_URI is set but "
                    + String.join(", ", demo.stream().map(r -> "ECOSYSTEM_" + r.name() + "_PASSWORD").toList())
                    + " still " + (demo.size() == 1 ? "has its" : "have their") + " documented demo value: set "
                    + (demo.size() == 1 ? "it" : "them") + " before connecting to a real database");
        }
        List<UserDetails> users = new ArrayList<>();
        for (Role role : Role.values()) {
            String password = security.password(role);
            if (password == null || password.isBlank()) {
                throw new InsecureConfigurationException("ECOSYSTEM_" + role.name() + "_PASSWORD is empty");
            }
            users.add(User.withUsername(role.name().toLowerCase(Locale.ROOT))
                    .password(encoder.encode(password)).roles(role.name()).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
