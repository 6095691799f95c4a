package com.ecosystemgraph.security;

import com.ecosystemgraph.config.InsecureConfigurationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Users and API keys.
 *
 * @param viewerPassword password of the user {@code viewer} ({@code ECOSYSTEM_VIEWER_PASSWORD})
 * @param recruiterPassword password of the user {@code recruiter} ({@code ECOSYSTEM_RECRUITER_PASSWORD})
 * @param adminPassword password of the user {@code admin} ({@code ECOSYSTEM_ADMIN_PASSWORD})
 * @param apiKeys API keys for applications, separated by commas ({@code ECOSYSTEM_API_KEYS}): {@code role:id:sha256}
 *     (the stored form printed by the {@code api-key} command) or {@code role:eg_<id>_<secret>}; see {@link ApiKeys}
 */
@ConfigurationProperties("ecosystem.security")
public record SecurityProperties(
        @DefaultValue(DEMO_VIEWER_PASSWORD) String viewerPassword,
        @DefaultValue(DEMO_RECRUITER_PASSWORD) String recruiterPassword,
        @DefaultValue(DEMO_ADMIN_PASSWORD) String adminPassword,
        @DefaultValue("") String apiKeys) {

    public static final String DEMO_VIEWER_PASSWORD = "viewer-demo";
    public static final String DEMO_RECRUITER_PASSWORD = "recruiter-demo";
    public static final String DEMO_ADMIN_PASSWORD = "admin-demo";

    public String password(Role role) {
        return switch (role) {
            case VIEWER -> viewerPassword;
            case RECRUITER -> recruiterPassword;
            case ADMIN -> adminPassword;
        };
    }

    /** The users still on their documented demo password. */
    public List<Role> demoPasswordsInUse() {
        List<Role> roles = new ArrayList<>();
        if (DEMO_VIEWER_PASSWORD.equals(viewerPassword)) {
            roles.add(Role.VIEWER);
        }
        if (DEMO_RECRUITER_PASSWORD.equals(recruiterPassword)) {
            roles.add(Role.RECRUITER);
        }
        if (DEMO_ADMIN_PASSWORD.equals(adminPassword)) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    /**
     * @throws InsecureConfigurationException naming the bad entry when the list is malformed
     */
    public ApiKeys parsedApiKeys() {
        return ApiKeys.parse(apiKeys);
    }
}
