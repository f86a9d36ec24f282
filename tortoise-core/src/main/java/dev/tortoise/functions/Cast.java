package dev.tortoise.functions;

import java.util.Objects;

/**
 * {@code CAST}: a value converted by the database to the SQL type that holds a Java type, and read
 * as that type: {@code Cast.of("prize", String.class)}. The types are {@code String},
 * {@code Integer}, {@code Long}, {@code Short}, {@code Double}, {@code Float}, {@code BigDecimal},
 * {@code Boolean} and {@code LocalDate}; another is a {@code ParamsException} when the query is
 * compiled.
 */
public final class Cast extends Function {
    private final Class<?> type;

    private Cast(Object x, Class<?> type) {
        super("CAST", x);
        this.type = type;
    }

    /** The field (by name), expression or literal, converted to the type that holds {@code javaType}. */
    public static Cast of(Object x, Class<?> javaType) {
        return new Cast(x, Objects.requireNonNull(javaType, "javaType"));
    }

    /** The Java type the value is converted to. */
    public Class<?> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o) && ((Cast) o).type == type;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return "CAST(" + arguments().getFirst() + " AS " + type.getSimpleName() + ")";
    }
}
