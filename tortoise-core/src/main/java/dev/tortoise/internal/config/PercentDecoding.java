package dev.tortoise.internal.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Percent-decoding as Python's {@code urllib.parse} does it, which is what upstream URLs are
 * written against: a {@code %} not followed by two hex digits stays literal, and the decoded bytes
 * are read as UTF-8 with invalid sequences replaced (so {@code foo%bar} does not survive: {@code %ba}
 * is a byte). {@link java.net.URLDecoder} differs on both points, hence this class.
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /** Decodes {@code %xx} escapes; {@code +} stays a plus (the rule for URL passwords). */
    public static String decode(String text) {
        return decode(text, false);
    }

    /**
     * Parses a query string like Python's {@code parse_qs}: pairs split at {@code &}, {@code +} is a
     * space, pairs without a value or with an empty one are dropped, a repeated key keeps its first
     * position and its last value.
     */
    public static Map<String, String> parseQuery(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0 || equals == pair.length() - 1) {
                continue;
            }
            String key = decode(pair.substring(0, equals), true);
            values.put(key, decode(pair.substring(equals + 1), true));
        }
        return values;
    }

    private static String decode(String text, boolean plusAsSpace) {
        if (text.indexOf('%') < 0 && !(plusAsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            String literal = plusAsSpace && c == '+' ? " " : String.valueOf(c);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                literal = text.substring(i, i + 2);
                i++;
            }
            bytes.writeBytes(literal.getBytes(StandardCharsets.UTF_8));
            i++;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
