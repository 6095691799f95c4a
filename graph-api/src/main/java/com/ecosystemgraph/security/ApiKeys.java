package com.ecosystemgraph.security;

import com.ecosystemgraph.config.InsecureConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configured API keys, held only as SHA-256 hashes of their secrets (never the keys), looked up
 * by key id. A key is {@code eg_<id>_<secret>}: the id says which key it is (in the audit trail, in
 * logs, when revoking) and the secret proves it. Secrets are random and long, so one SHA-256 is
 * enough: a slow password hash protects guessable passwords, and would cost every request
 * milliseconds (docs/api.md, "API keys").
 *
 * <p>{@code ECOSYSTEM_API_KEYS} entries, separated by commas:
 * <ul>
 *   <li>{@code role:<id>:<sha256 of the secret, 64 hex digits>}: the stored form ({@code api-key} prints it), so the
 *       secret itself never needs to be in the configuration;</li>
 *   <li>{@code role:eg_<id>_<secret>}: the key itself, hashed at start;</li>
 *   <li>{@code role:<any other text of 16+ characters>}: a key of the older format, with the id {@code key<n>}
 *       (its position in the list).</li>
 * </ul>
 */
public final class ApiKeys {

    /** The prefix of keys in the current format. */
    public static final String PREFIX = "eg_";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int MIN_SECRET = 16;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** A configured key: its id, the role it grants and the hash of its secret. */
    public record Key(String id, Role role, byte[] secretHash) {
    }

    private final Map<String, Key> byId;
    /** Keys of the older format have no id inside them: the hash of the whole key is compared. */
    private final List<Key> unprefixed;

    private ApiKeys(Map<String, Key> byId, List<Key> unprefixed) {
        this.byId = byId;
        this.unprefixed = unprefixed;
    }

    public static ApiKeys none() {
        return new ApiKeys(Map.of(), List.of());
    }

    /**
     * @throws InsecureConfigurationException naming the bad entry (by position, never by its text)
     */
    public static ApiKeys parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return none();
        }
        Map<String, Key> byId = new LinkedHashMap<>();
        List<Key> unprefixed = new ArrayList<>();
        int position = 0;
        for (String entry : configured.split(",")) {
            position++;
            String[] parts = entry.strip().split(":", 3);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw bad(position, "must be role:key or role:id:sha256");
            }
            Role role = role(parts[0].strip(), position);
            Key key;
            if (parts.length == 3) {
                String id = parts[1].strip();
                String hash = parts[2].strip().toLowerCase(Locale.ROOT);
                if (!ID.matcher(id).matches() || !HASH.matcher(hash).matches()) {
                    throw bad(position, "must be role:id:sha256 with an id of lower-case letters, digits and '-' and 64 hex digits");
                }
                key = new Key(id, role, HexFormat.of().parseHex(hash));
            } else {
                String text = parts[1].strip();
                if (text.startsWith(PREFIX)) {
                    Optional<String[]> split = split(text);
                    if (split.isEmpty()) {
                        throw bad(position, "must be eg_<id>_<secret> with an id of lower-case letters, digits and '-' and a secret of "
                                + MIN_SECRET + "+ characters");
                    }
                    key = new Key(split.get()[0], role, sha256(split.get()[1]));
                } else if (text.length() < MIN_SECRET) {
                    throw bad(position, "must be role:key with a key of at least " + MIN_SECRET + " characters");
                } else {
                    unprefixed.add(new Key("key" + position, role, sha256(text)));
                    continue;
                }
            }
            if (byId.putIfAbsent(key.id(), key) != null) {
                throw bad(position, "repeats the key id '" + key.id() + "'");
            }
        }
        return new ApiKeys(Map.copyOf(byId), List.copyOf(unprefixed));
    }

    /** The key a presented header value proves, if any. The time taken does not tell how much of a secret matched. */
    public Optional<Key> verify(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        if (presented.startsWith(PREFIX)) {
            Optional<String[]> split = split(presented);
            if (split.isPresent()) {
                Key key = byId.get(split.get()[0]);
                if (key != null && MessageDigest.isEqual(key.secretHash(), sha256(split.get()[1]))) {
                    return Optional.of(key);
                }
                return Optional.empty();
            }
        }
        byte[] hash = sha256(presented);
        Key found = null;
        for (Key key : unprefixed) {
            if (MessageDigest.isEqual(key.secretHash(), hash)) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    /** How many keys each role has (for the start-up log line). */
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            long n = byId.values().stream().filter(k -> k.role() == role).count()
                    + unprefixed.stream().filter(k -> k.role() == role).count();
            if (n > 0) {
                counts.put(role, n);
            }
        }
        return counts;
    }

    /** A new random key with the given id: {@code eg_<id>_<32 random letters and digits>} (about 190 bits). */
    public static String generate(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A key id is 1-32 lower-case letters, digits and '-', starting with a letter or digit");
        }
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return PREFIX + id + "_" + secret;
    }

    /** The {@code ECOSYSTEM_API_KEYS} entry that stores a key without its secret: {@code role:id:sha256}. */
    public static String storedEntry(Role role, String key) {
        String[] split = split(key).orElseThrow(() -> new IllegalArgumentException("not an eg_<id>_<secret> key"));
        return role.username() + ":" + split[0] + ":" + HexFormat.of().formatHex(sha256(split[1]));
    }

    /** {@code eg_<id>_<secret>} as {id, secret}. */
    private static Optional<String[]> split(String key) {
        int end = key.indexOf('_', PREFIX.length());
        if (end < 0) {
            return Optional.empty();
        }
        String id = key.substring(PREFIX.length(), end);
        String secret = key.substring(end + 1);
        if (!ID.matcher(id).matches() || secret.length() < MIN_SECRET) {
            return Optional.empty();
        }
        return Optional.of(new String[]{id, secret});
    }

    private static Role role(String name, int position) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(position, "names an unknown role '" + name + "' (viewer, recruiter or admin)");
        }
    }

    private static InsecureConfigurationException bad(int position, String reason) {
        return new InsecureConfigurationException("ECOSYSTEM_API_KEYS entry " + position + " " + reason);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
