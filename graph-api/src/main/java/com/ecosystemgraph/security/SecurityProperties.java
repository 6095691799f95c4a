package com.ecosystemgraph.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Users and API keys.
 *
 * @param viewerPassword password of the user {@code viewer} ({@code ECOSYSTEM_VIEWER_PASSWORD})
 * @param recruiterPassword password of the user {@code recruiter} ({@code ECOSYSTEM_RECRUITER_PASSWORD})
 * @param adminPassword password of the user {@code admin} ({@code ECOSYSTEM_ADMIN_PASSWORD})
 * @param apiKeys API keys for applications, {@code role:key} pairs separated by commas
 *     ({@code ECOSYSTEM_API_KEYS}), e.g. {@code viewer:3f9c…,admin:77ab…}
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

    /** An API key and the role it grants. */
    public record ApiKey(Role role, String key) {
    }

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
    public List<ApiKey> parsedApiKeys() {
        if (apiKeys == null || apiKeys.isBlank()) {
            return List.of();
        }
        List<ApiKey> keys = new ArrayList<>();
        int position = 0;
        for (String entry : apiKeys.split(",")) {
            position++;
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || parts[1].strip().length() < 16) {
                throw new InsecureConfigurationException("ECOSYSTEM_API_KEYS entry " + position
                        + " must be role:key with a key of at least 16 characters");
            }
            try {
                keys.add(new ApiKey(Role.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)), parts[1].strip()));
            } catch (IllegalArgumentException e) {
                throw new InsecureConfigurationException("ECOSYSTEM_API_KEYS entry " + position + " names an unknown role '"
                        + parts[0].strip() + "' (viewer, recruiter or admin)");
            }
        }
        return Collections.unmodifiableList(keys);
    }
}
