package com.ecosystemgraph.support;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.security.SecurityProperties;
import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The demo users of the test service, signed in with HTTP Basic. */
public final class Users {

    /** The test service's API keys, one per role (ECOSYSTEM_API_KEYS format). */
    public static final String API_KEYS = "viewer:eg_testviewer_V1ewerSecretForTests0123456789,"
            + "recruiter:eg_testrecruiter_Recru1terSecretForTests012345,"
            + "admin:eg_testadmin_Adm1nSecretForTests0123456789ab";

    /** The test service's API key of a role. */
    public static String apiKey(Role role) {
        return switch (role) {
            case VIEWER -> "eg_testviewer_V1ewerSecretForTests0123456789";
            case RECRUITER -> "eg_testrecruiter_Recru1terSecretForTests012345";
            case ADMIN -> "eg_testadmin_Adm1nSecretForTests0123456789ab";
        };
    }

    /** Password of a demo user (the test service keeps the demo passwords). */
    public static String password(Role role) {
        return switch (role) {
            case VIEWER -> SecurityProperties.DEMO_VIEWER_PASSWORD;
            case RECRUITER -> SecurityProperties.DEMO_RECRUITER_PASSWORD;
            case ADMIN -> SecurityProperties.DEMO_ADMIN_PASSWORD;
        };
    }

    private Users() {
    }

    public static HttpGraphQlTester as(HttpGraphQlTester tester, Role role) {
        String password = switch (role) {
            case VIEWER -> SecurityProperties.DEMO_VIEWER_PASSWORD;
            case RECRUITER -> SecurityProperties.DEMO_RECRUITER_PASSWORD;
            case ADMIN -> SecurityProperties.DEMO_ADMIN_PASSWORD;
        };
        // The tester's 5 s default fails requests that wait behind a background training on a busy 2-core machine.
        return tester.mutate().headers(headers -> headers.setBasicAuth(role.username(), password))
                .webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
                .responseTimeout(Duration.ofSeconds(60)).build();
    }
}
