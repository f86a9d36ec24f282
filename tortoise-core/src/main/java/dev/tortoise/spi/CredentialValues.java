package dev.tortoise.spi;

import dev.tortoise.exceptions.ConfigurationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns credential values into their declared Java type: text from a URL query string, or
 * whatever a map, JSON or YAML configuration holds ({@code "5432"}, {@code 5432L}, {@code 5.0}).
 *
 * <p>Every failure is a {@link ConfigurationException} that names the key and the accepted form.
 * The offending value is quoted unless the key is secret.
 */
final class CredentialValues {

    private static final Set<String> TRUE_WORDS = Set.of("true", "1", "yes", "on");
    private static final Set<String> FALSE_WORDS = Set.of("false", "0", "no", "off");

    private CredentialValues() {
    }

    /**
     * Parses text into {@code type} (String, Integer, Double, Boolean).
     *
     * @throws ConfigurationException when the text does not fit, or the type cannot come from text
     */
    static Object cast(String key, Class<?> type, String text, boolean secret) {
        if (type == String.class) {
            return text;
        }
        String trimmed = text.strip();
        if (type == Integer.class) {
            try {
                return Integer.valueOf(trimmed);
            } catch (NumberFormatException e) {
                throw mismatch(key, "an integer", text, secret);
            }
        }
        if (type == Double.class) {
            try {
                double value = Double.parseDouble(trimmed);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below with the key's name
            }
            throw mismatch(key, "a number", text, secret);
        }
        if (type == Boolean.class) {
            String word = trimmed.toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return Boolean.TRUE;
            }
            if (FALSE_WORDS.contains(word)) {
                return Boolean.FALSE;
            }
            throw mismatch(key, "a boolean (true/1/yes/on or false/0/no/off)", text, secret);
        }
        throw new ConfigurationException("Credential \"" + key + "\" can't be given as text (in a URL);"
                + " set it in the credentials map of an explicit connection");
    }

    /**
     * Converts a configured value into {@code type}; null stays null.
     *
     * @throws ConfigurationException when the value does not fit the type
     */
    static Object coerce(String key, Class<?> type, Object value, boolean secret) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (value instanceof CharSequence text && type != Map.class) {
            return cast(key, type, text.toString(), secret);
        }
        if (type == String.class && (value instanceof Number || value instanceof Boolean)) {
            return String.valueOf(value);
        }
        if (type == Integer.class && value instanceof Number number) {
            return toInteger(key, number, secret);
        }
        if (type == Double.class && value instanceof Number number) {
            return number.doubleValue();
        }
        if (type == Boolean.class && value instanceof Number number && isZeroOrOne(number)) {
            return number.intValue() == 1;
        }
        throw mismatch(key, describe(type), value instanceof CharSequence || value instanceof Number
                || value instanceof Boolean ? String.valueOf(value) : MessageText.describe(value), secret);
    }

    private static Integer toInteger(String key, Number number, boolean secret) {
        try {
            BigDecimal exact = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
            return exact.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw mismatch(key, "an integer", String.valueOf(number), secret);
        }
    }

    private static boolean isZeroOrOne(Number number) {
        return (number instanceof Integer || number instanceof Long || number instanceof BigInteger)
                && (number.longValue() == 0 || number.longValue() == 1);
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class) {
            return "an integer";
        }
        if (type == Double.class) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "a boolean (true/1/yes/on or false/0/no/off)";
        }
        if (type == Map.class) {
            return "a map";
        }
        return "a string";
    }

    private static ConfigurationException mismatch(String key, String expected, String given, boolean secret) {
        String got = secret ? "" : ", got " + MessageText.quote(given);
        return new ConfigurationException("Credential \"" + key + "\" must be " + expected + got);
    }
}
