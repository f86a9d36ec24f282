package dev.tortoise.internal.config;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Keeps secrets out of {@code toString()}, logs and messages (API.md decision 8).
 *
 * <p>A key is secret when its name contains {@code password}, {@code passwd}, {@code secret} or
 * {@code token}: that covers {@code password} and the driver options users pass through as well.
 */
public final class Secrets {

    /** What a secret value prints as. */
    public static final String MASK = "***";

    private Secrets() {
    }

    /** True when the value stored under this key must never be shown. */
    public static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("passwd")
                || lower.contains("secret") || lower.contains("token");
    }

    /** The map as {@code {key=value, password=***}}; nested maps are masked too, null prints as null. */
    public static String mask(Map<?, ?> map) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            String shown;
            if (value != null && isSecret(key)) {
                shown = MASK;
            } else if (value instanceof Map<?, ?> nested) {
                shown = mask(nested);
            } else {
                shown = String.valueOf(value);
            }
            joiner.add(key + "=" + shown);
        }
        return joiner.toString();
    }
}
