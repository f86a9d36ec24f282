package dev.tortoise.internal.validation;

import dev.tortoise.exceptions.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules behind the built-in validator annotations, with upstream's messages where upstream
 * has the rule, each naming the value (masked on secret fields) and the bound.
 */
final class BuiltInRules {
    private static final Pattern INTEGERS = Pattern.compile("\\d+(?:,\\d+)*");
    private static final Pattern SIGNED_INTEGERS = Pattern.compile("-?\\d+(?:,-?\\d+)*");
    private static final Pattern EMAIL = Pattern.compile(
            "[^\\s@]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}");
    private static final int EMAIL_MAX = 254;
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp", "ftps");

    private BuiltInRules() {
    }

    static FieldRule minValue(long min, boolean secret) {
        BigDecimal bound = BigDecimal.valueOf(min);
        return new FieldRule("@MinValue(" + min + ")", value -> {
            if (isNaN(value) || compare(value, bound) < 0) {
                throw new ValidationException("Value " + FieldRule.render(value, secret)
                        + " should be greater or equal to " + min);
            }
        }, true, secret);
    }

    static FieldRule maxValue(long max, boolean secret) {
        BigDecimal bound = BigDecimal.valueOf(max);
        return new FieldRule("@MaxValue(" + max + ")", value -> {
            if (isNaN(value) || compare(value, bound) > 0) {
                throw new ValidationException("Value " + FieldRule.render(value, secret)
                        + " should be less or equal to " + max);
            }
        }, true, secret);
    }

    static FieldRule minLength(int min, boolean secret) {
        return new FieldRule("@MinLength(" + min + ")", value -> {
            int length = length(value);
            if (length < min) {
                throw new ValidationException("Length of " + FieldRule.render(value, secret) + " " + length + " < " + min);
            }
        }, true, secret);
    }

    static FieldRule maxLength(int max, boolean secret) {
        return new FieldRule("@MaxLength(" + max + ")", value -> {
            int length = length(value);
            if (length > max) {
                throw new ValidationException("Length of " + FieldRule.render(value, secret) + " " + length + " > " + max);
            }
        }, true, secret);
    }

    static FieldRule regex(Pattern pattern, boolean secret) {
        return new FieldRule("@Regex(" + pattern.pattern() + ")", value -> {
            if (!pattern.matcher((CharSequence) value).matches()) {
                throw new ValidationException("Value " + FieldRule.render(value, secret) + " does not match regex '"
                        + pattern.pattern() + "'");
            }
        }, true, secret);
    }

    static FieldRule commaSeparatedIntegers(boolean allowNegative, boolean secret) {
        Pattern pattern = allowNegative ? SIGNED_INTEGERS : INTEGERS;
        return new FieldRule("@CommaSeparatedIntegers", value -> {
            if (!pattern.matcher((CharSequence) value).matches()) {
                throw new ValidationException("Value " + FieldRule.render(value, secret) + " is not a list of "
                        + (allowNegative ? "" : "non-negative ") + "integers separated by commas");
            }
        }, true, secret);
    }

    static FieldRule email(boolean secret) {
        return new FieldRule("@Email", value -> {
            String text = value.toString();
            if (text.length() > EMAIL_MAX || !EMAIL.matcher(text).matches()) {
                throw new ValidationException("Value " + FieldRule.render(value, secret) + " is not an email address");
            }
        }, true, secret);
    }

    static FieldRule url(boolean secret) {
        return new FieldRule("@Url", value -> {
            if (!isUrl(value.toString())) {
                throw new ValidationException("Value " + FieldRule.render(value, secret)
                        + " is not a URL (http, https, ftp or ftps, with a host)");
            }
        }, true, secret);
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && URL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Text in code points (a CharField's unit), a list in elements. */
    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.toString().codePointCount(0, text.length());
        }
        return ((Collection<?>) value).size();
    }

    /** NaN is outside every range. */
    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN();
    }

    /** Compares a number (not NaN) with a bound exactly. */
    private static int compare(Object value, BigDecimal bound) {
        return switch (value) {
            case BigDecimal d -> d.compareTo(bound);
            case BigInteger i -> new BigDecimal(i).compareTo(bound);
            case Double d when d.isInfinite() -> d > 0 ? 1 : -1;
            case Float f when f.isInfinite() -> f > 0 ? 1 : -1;
            case Double d -> new BigDecimal(d).compareTo(bound);
            case Float f -> new BigDecimal(f).compareTo(bound);
            default -> BigDecimal.valueOf(((Number) value).longValue()).compareTo(bound);
        };
    }
}
