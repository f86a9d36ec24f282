package dev.tortoise.internal.types;

import dev.tortoise.spi.FieldInfo;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Turns what a caller or a driver hands over into the canonical Java value of a field kind:
 * numbers of any width into the field's width (refusing what would not fit), numeric and UUID
 * strings into their values, 0/1 into booleans, microseconds into durations.
 */
public final class JavaValues {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JavaValues() {
    }

    public static Integer integer(FieldInfo field, Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        long n = integral(field, value, "an Integer");
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw ValueErrors.cannotConvert(field, value, "an Integer (out of range)");
        }
        return (int) n;
    }

    public static Long longValue(FieldInfo field, Object value) {
        if (value instanceof Long l) {
            return l;
        }
        return integral(field, value, "a Long");
    }

    public static Short shortValue(FieldInfo field, Object value) {
        if (value instanceof Short s) {
            return s;
        }
        long n = integral(field, value, "a Short");
        if (n < Short.MIN_VALUE || n > Short.MAX_VALUE) {
            throw ValueErrors.cannotConvert(field, value, "a Short (out of range)");
        }
        return (short) n;
    }

    /** Any exact integer: boxed integers, integral decimals, numeric strings. */
    private static long integral(FieldInfo field, Object value, String expected) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        try {
            BigInteger big = switch (value) {
                case BigInteger b -> b;
                case BigDecimal d -> DecimalBounds.exactInteger(field, d, value, expected);
                case Double d when d == Math.rint(d) && !d.isInfinite() -> BigDecimal.valueOf(d).toBigIntegerExact();
                case Float f when f == Math.rint(f) && !f.isInfinite() -> BigDecimal.valueOf(f).toBigIntegerExact();
                case CharSequence text -> DecimalBounds.exactInteger(field,
                        DecimalBounds.parse(field, text.toString(), expected), value, expected);
                default -> throw ValueErrors.cannotConvert(field, value, expected);
            };
            if (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0) {
                throw ValueErrors.cannotConvert(field, value, expected + " (out of range)");
            }
            return big.longValue();
        } catch (ArithmeticException | NumberFormatException e) {
            throw ValueErrors.cannotConvert(field, value, expected, e);
        }
    }

    public static Double doubleValue(FieldInfo field, Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof CharSequence text) {
            try {
                return Double.valueOf(text.toString().trim());
            } catch (NumberFormatException e) {
                throw ValueErrors.cannotConvert(field, value, "a Double", e);
            }
        }
        throw ValueErrors.cannotConvert(field, value, "a Double");
    }

    /**
     * A decimal with exactly the field's decimal places, rounded half up as the servers round,
     * bounded first ({@link DecimalBounds}): the column's digits decide what fits.
     */
    public static BigDecimal decimal(FieldInfo field, Object value) {
        return DecimalBounds.fitDecimal(field, anyDecimal(field, value), value);
    }

    /** A stored decimal with the field's decimal places; bounded in size, not checked against the column. */
    public static BigDecimal storedDecimal(FieldInfo field, Object value) {
        return DecimalBounds.stored(field, anyDecimal(field, value));
    }

    /** A decimal of any number or numeric text, exactly as given (no scale applied). */
    public static BigDecimal anyDecimal(FieldInfo field, Object value) {
        return switch (value) {
            case BigDecimal b -> b;
            case BigInteger b -> new BigDecimal(b);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Double x when Double.isFinite(x) -> BigDecimal.valueOf(x);
            case Float x when Float.isFinite(x) -> new BigDecimal(Float.toString(x));
            case CharSequence text -> DecimalBounds.parse(field, text.toString(), "a BigDecimal, a number or a numeric String");
            default -> throw ValueErrors.cannotConvert(field, value, "a BigDecimal, a number or a numeric String");
        };
    }

    public static Boolean bool(FieldInfo field, Object value) {
        switch (value) {
            case Boolean b -> {
                return b;
            }
            case Number n when n.doubleValue() == 0 || n.doubleValue() == 1 -> {
                return n.doubleValue() == 1;
            }
            case CharSequence text -> {
                String t = text.toString().trim();
                if (t.equalsIgnoreCase("true") || t.equals("1")) {
                    return Boolean.TRUE;
                }
                if (t.equalsIgnoreCase("false") || t.equals("0")) {
                    return Boolean.FALSE;
                }
            }
            default -> { }
        }
        throw ValueErrors.cannotConvert(field, value, "a Boolean (or 0/1, \"true\"/\"false\")");
    }

    public static String text(FieldInfo field, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, Math.toIntExact(clob.length()));
            } catch (SQLException e) {
                throw ValueErrors.cannotConvert(field, value, "a readable text", e);
            }
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Character
                || value instanceof UUID || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        throw ValueErrors.cannotConvert(field, value, "a String");
    }

    public static UUID uuid(FieldInfo field, Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof CharSequence text) {
            try {
                return UUID.fromString(text.toString().trim());
            } catch (IllegalArgumentException e) {
                throw ValueErrors.cannotConvert(field, value, "a UUID or its text form", e);
            }
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        throw ValueErrors.cannotConvert(field, value, "a UUID or its text form");
    }

    public static byte[] bytes(FieldInfo field, Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof Blob blob) {
            try {
                return blob.getBytes(1, Math.toIntExact(blob.length()));
            } catch (SQLException e) {
                throw ValueErrors.cannotConvert(field, value, "readable bytes", e);
            }
        }
        throw ValueErrors.cannotConvert(field, value, "a byte[]");
    }

    /** Whole microseconds of a duration; sub-microsecond parts are dropped, as every backend stores micros. */
    public static long micros(FieldInfo field, Object value) {
        if (value instanceof Duration d) {
            try {
                return Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1_000L);
            } catch (ArithmeticException e) {
                throw ValueErrors.cannotConvert(field, value, "a Duration of at most 292,000 years", e);
            }
        }
        if (value instanceof Number || value instanceof CharSequence) {
            return integral(field, value, "a Duration or a number of microseconds");
        }
        throw ValueErrors.cannotConvert(field, value, "a Duration or a number of microseconds");
    }

    public static Duration duration(FieldInfo field, Object value) {
        if (value instanceof Duration d) {
            return d;
        }
        return Duration.of(integral(field, value, "a number of microseconds"), ChronoUnit.MICROS);
    }
}
