package dev.tortoise.spi;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The one way a value a user gave (a URL fragment, a configuration value, a field value) is
 * written into an exception message or a log line, for core and backends alike.
 *
 * <p>What it promises: the rendering of any value is at most about {@value #LONGEST_SHOWN}
 * characters plus a short suffix, whatever the value's size (a megabyte of text, a decimal of a
 * hundred million digits, a JSON value nested thousands deep); control characters are escaped
 * ({@code \0}, {@code \n}, {@code \u0007}) so a message stays one readable line; and rendering never
 * throws: a value whose {@code toString()} fails or recurses is shown by its type alone. Maps,
 * collections and arrays are never walked, only counted. It renders whatever it is given: the
 * caller decides what may be shown at all, and never passes a secret (see
 * {@link CredentialKey#isSecret()}).
 *
 * <p>Stateless, thread-safe; never blocks.
 */
public final class MessageText {

    /** The most characters of a value a message shows. */
    public static final int LONGEST_SHOWN = 60;

    private MessageText() {
    }

    /**
     * Text in double quotes, cut to {@value #LONGEST_SHOWN} characters (saying how long it was)
     * with control characters escaped: {@code "abc"}, {@code "aaaa…" (5000 chars)}.
     */
    public static String quote(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        StringBuilder out = new StringBuilder(Math.min(length, LONGEST_SHOWN) + 24).append('"');
        int shown = Math.min(length, LONGEST_SHOWN);
        if (shown > 0 && shown < length && Character.isHighSurrogate(text.charAt(shown - 1))) {
            shown--;  // never cut a surrogate pair in two
        }
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < shown && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                appendEscaped(out, c);
            }
        }
        out.append('"');
        if (shown < length) {
            out.append("… (").append(length).append(" chars)");
        }
        return out.toString();
    }

    /**
     * A value with its type, bounded: {@code String "abc"}, {@code Integer 5},
     * {@code BigDecimal 1E+100000000}, {@code byte[] of 12 bytes}, {@code LinkedHashMap of 3 entries},
     * {@code ArrayList of 2 elements}, {@code null}.
     */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String type = value.getClass().getSimpleName();
        return switch (value) {
            case CharSequence text -> type + " " + quote(text);
            case byte[] bytes -> "byte[] of " + bytes.length + " bytes";
            case Map<?, ?> map -> type + " of " + map.size() + " entries";
            case Collection<?> collection -> type + " of " + collection.size() + " elements";
            // toString, not toPlainString: 1E+100000000 stays twelve characters
            case BigDecimal decimal -> type + " " + cut(decimal.toString());
            default -> value.getClass().isArray()
                    ? value.getClass().getComponentType().getSimpleName() + "[] of " + Array.getLength(value) + " elements"
                    : type + " " + cut(safeToString(value));
        };
    }

    /**
     * A credential's value as messages, logs and {@code toString()} show it: {@code ***} when the
     * name is a secret's ({@link CredentialKey#isSecretName}) and a value is set, else numbers and
     * booleans as they are and anything else as {@link #cut} text (strings) or {@link #describe}.
     */
    public static String credentialValue(String name, Object value) {
        if (value == null) {
            return "null";
        }
        if (CredentialKey.isSecretName(name)) {
            return "***";
        }
        if (value instanceof Number && !(value instanceof BigDecimal) || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return value instanceof CharSequence text ? cut(text.toString()) : describe(value);
    }

    /** Text cut to {@value #LONGEST_SHOWN} characters with control characters escaped, without quotes. */
    public static String cut(String text) {
        String quoted = quote(text);
        int close = quoted.lastIndexOf('"');
        return quoted.substring(1, close) + quoted.substring(close + 1);
    }

    private static String safeToString(Object value) {
        try {
            String text = String.valueOf(value);
            return text.length() > 4 * LONGEST_SHOWN ? text.substring(0, 4 * LONGEST_SHOWN) + "…" : text;
        } catch (RuntimeException | StackOverflowError e) {
            return "(" + value.getClass().getSimpleName() + " that cannot be printed)";
        }
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\0' -> out.append("\\0");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            default -> {
                // a surrogate here has no partner: printed raw it would corrupt the line's encoding
                if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}
