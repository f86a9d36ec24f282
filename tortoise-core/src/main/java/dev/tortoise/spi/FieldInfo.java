package dev.tortoise.spi;

import java.lang.reflect.Type;

/**
 * What a {@link ValueCodec} needs to know about a column to convert its values. The ORM's field
 * metadata implements it; a backend never builds one. Implementations are immutable.
 */
public interface FieldInfo {

    /** The simple name of the model class, for messages ({@code Event}). */
    String modelName();

    /** The Java-side field name, for messages ({@code prize}, or {@code tournament_id} for a key column). */
    String name();

    /** The column name. */
    String column();

    /** The kind of column; a foreign key's key column has its target's kind. */
    FieldKind kind();

    /** The Java type of the value ({@code Integer.class}, {@code int.class}, an enum class, a record ...). */
    Class<?> javaType();

    /**
     * The full generic type of the value, as declared ({@code List<Address>} for a JSON field);
     * {@link #javaType()} when nothing more is known.
     */
    Type genericType();

    /** Whether the column accepts NULL. */
    boolean nullable();

    /** The {@code VARCHAR} length of CHAR and CHAR_ENUM columns; 0 otherwise. */
    int maxLength();

    /** The precision of a DECIMAL column; 0 otherwise. */
    int maxDigits();

    /** The scale of a DECIMAL column; 0 otherwise. */
    int decimalPlaces();

    /** The enum class of INT_ENUM and CHAR_ENUM columns; null otherwise. */
    Class<? extends Enum<?>> enumType();

    /**
     * The kind of the elements of an ARRAY column ({@code TEXT} for {@code List<String>},
     * {@code INT} for {@code List<Integer>} ...); null for every other kind.
     */
    default FieldKind elementKind() {
        return null;
    }
}
