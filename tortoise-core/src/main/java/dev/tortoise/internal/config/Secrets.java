package dev.tortoise.internal.config;

import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.MessageText;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The one place that renders credentials: keeps secrets out of {@code toString()}, logs and
 * messages (API.md decision 8).
 *
 * <p>A key is secret by {@link CredentialKey#isSecretName}: password, passwd, pwd, pass, secret,
 * token, api_key … A secret value prints as {@value #MASK}, at any depth of nested maps; every
 * value goes through {@link MessageText#credentialValue}, so one value never prints more than a
 * short line.
 */
public final class Secrets {

    /** What a secret value prints as. */
    public static final String MASK = "***";

    /** Deeper than this, nested maps print as {@code {…}}: configurations are never this deep. */
    private static final int DEEPEST_SHOWN = 8;

    private Secrets() {
    }

    /** True when the value stored under this key must never be shown ({@link CredentialKey#isSecretName}). */
    public static boolean isSecret(String key) {
        return CredentialKey.isSecretName(key);
    }

    /** The map as {@code {key=value, password=***}}; nested maps are masked too, null prints as null. */
    public static String mask(Map<?, ?> map) {
        return mask(map, 0);
    }

    private static String mask(Map<?, ?> map, int depth) {
        if (depth >= DEEPEST_SHOWN) {
            return map.isEmpty() ? "{}" : "{…}";
        }
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = entry.getKey() instanceof String text ? text : null;
            Object value = entry.getValue();
            String shown;
            if (value instanceof Map<?, ?> nested && !isSecret(name)) {
                shown = mask(nested, depth + 1);
            } else if (name == null) {
                shown = value == null ? "null" : "(" + value.getClass().getSimpleName() + ")";
            } else {
                shown = MessageText.credentialValue(name, value);
            }
            joiner.add((name == null ? String.valueOf(entry.getKey()) : MessageText.cut(name)) + "=" + shown);
        }
        return joiner.toString();
    }
}
