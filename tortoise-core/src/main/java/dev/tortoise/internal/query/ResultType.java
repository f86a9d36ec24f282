package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;

/**
 * The Java type of a computed value and how a row's value becomes it: as a field's values (through
 * the codec), as an aggregate's (one type per function on every backend), as a plain Java type
 * (functions such as {@code LOWER}, {@code LENGTH}, {@code CAST}), or as the driver returned it
 * ({@code Function.of}, {@code RawSql}).
 */
sealed interface ResultType {

    /** Read as values of {@code field} are read. */
    record OfField(FieldInfo field) implements ResultType {
    }

    /** An aggregate's value: see {@link ValueReader}. */
    record OfAggregate(String function, FieldMeta field) implements ResultType {
    }

    /** Converted to {@code type} ({@code String}, {@code Long}, {@code Double}, {@code BigDecimal} ...). */
    record OfJava(Class<?> type) implements ResultType {
    }

    /** As the driver returns it. */
    record Raw() implements ResultType {
    }

    /** A value as the driver returns it. */
    ResultType RAW = new Raw();

    /** The field whose codec converts values compared with this type, or null. */
    default FieldMeta fieldMeta() {
        return switch (this) {
            case OfField f -> f.field() instanceof FieldMeta meta ? meta : null;
            case OfAggregate a -> a.function().equals("COUNT") ? null : a.field();
            default -> null;
        };
    }

    /** The Java type of the values, or null when only the row tells. */
    default Class<?> javaType() {
        return switch (this) {
            case OfField f -> f.field() instanceof FieldMeta meta ? meta.valueType() : f.field().javaType();
            case OfJava j -> j.type();
            default -> null;
        };
    }

    /** Whether values are numbers (for arithmetic and numeric result types). */
    default boolean numeric() {
        return switch (this) {
            case OfField f -> f.field().kind().isNumeric();
            case OfAggregate a -> true;
            case OfJava j -> Number.class.isAssignableFrom(j.type());
            case Raw r -> false;
        };
    }

    /** Whether values are decimals. */
    default boolean decimal() {
        return switch (this) {
            case OfField f -> f.field().kind() == FieldKind.DECIMAL;
            case OfAggregate a -> a.field() != null && a.field().kind() == FieldKind.DECIMAL && !a.function().equals("COUNT");
            case OfJava j -> j.type() == java.math.BigDecimal.class;
            case Raw r -> false;
        };
    }
}
