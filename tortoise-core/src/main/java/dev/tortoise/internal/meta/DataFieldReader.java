package dev.tortoise.internal.meta;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.DbDefault;
import dev.tortoise.fields.ArrayField;
import dev.tortoise.fields.ConvertedField;
import dev.tortoise.fields.Converter;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.fields.NoDefault;
import java.util.function.Supplier;
import dev.tortoise.fields.VersionField;
import dev.tortoise.internal.validation.RuleReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.StringJoiner;

/**
 * Turns a data-field annotation into a {@link FieldMeta.Builder}, raising upstream's field
 * definition errors (TORTOISE-SPEC §3.2, §4.6) with the model and field named.
 */
final class DataFieldReader {
    private static final int ENUM_DESCRIPTION_LIMIT = 2048;

    private DataFieldReader() {
    }

    /**
     * Reads one annotated Java field.
     *
     * @throws ConfigurationException for any definition error
     */
    static FieldMeta.Builder read(Field field, Annotation annotation, FieldKind type) {
        // Error prefixes are built only when an error is raised: most fields raise none.
        String annotationName = type.annotationName();
        FieldAnnotations.checkJavaType(field, type);
        DataAttributes attrs = DataAttributes.of(annotation, type);
        FieldMeta.Builder b = new FieldMeta.Builder();
        b.name = field.getName();
        b.javaField = field;
        b.javaType = field.getType();
        b.kind = type;
        b.pk = attrs.pk();
        b.nullable = attrs.nullable();
        b.unique = attrs.unique();
        b.indexed = attrs.dbIndex();
        String source = attrs.source();
        b.column = source.isEmpty() ? ColumnNames.snakeCase(field.getName()) : source;
        b.description = emptyToNull(attrs.description());
        String dbDefault = attrs.dbDefault();
        b.dbDefault = DbDefault.NOT_SET.equals(dbDefault) ? null : dbDefault;
        b.dbDefaultSql = readDbDefaultSql(field, attrs.dbDefaultSql(), b.dbDefault);
        b.defaultSupplier = readDefaultSupplier(field, attrs.defaultSupplier());
        b.generated = b.pk && attrs.generated();
        b.autoNow = attrs.autoNow();
        b.autoNowAdd = attrs.autoNowAdd();

        if (!type.indexable()) {
            checkNotIndexed(field, type, b);
        }
        if (b.nullable && b.pk) {
            throw new ConfigurationException(where(field)
                    + annotationName + " can't be both null=True and primary_key=True"
                    + " (a primary key is never NULL; drop nullable)");
        }
        if (b.nullable && field.getType().isPrimitive()) {
            throw new ConfigurationException(where(field) + "a primitive " + field.getType().getName()
                    + " cannot hold NULL; declare it with its wrapper type or drop nullable");
        }
        if (b.generated && field.getType().isPrimitive()) {
            throw new ConfigurationException(where(field)
                    + "a generated primary key must have a wrapper type (for example"
                    + " Integer, not int), so that an unsaved instance has no key");
        }
        if (b.autoNow && b.autoNowAdd) {
            throw new ConfigurationException(where(field) + "You can choose only 'auto_now' or 'auto_now_add'");
        }
        switch (type) {
            case CHAR -> readCharLength(field, attrs.maxLength(), b);
            case DECIMAL -> readDecimal(field, attrs, b);
            case INT_ENUM -> readIntEnum(field, b);
            case CHAR_ENUM -> readCharEnum(field, attrs.maxLength(), b);
            case UUID -> b.randomUuidDefault = b.pk;
            default -> { }
        }
        b.rules = RuleReader.read(field, field.getType(), attrs.validators());
        return b;
    }

    /** The element kinds of {@code @ArrayField} lists, by element type. */
    private static final java.util.Map<Class<?>, FieldKind> ELEMENTS = java.util.Map.of(
            String.class, FieldKind.TEXT, Integer.class, FieldKind.INT, Long.class, FieldKind.BIGINT,
            Short.class, FieldKind.SMALLINT, Double.class, FieldKind.FLOAT, Boolean.class, FieldKind.BOOLEAN,
            java.math.BigDecimal.class, FieldKind.DECIMAL, java.util.UUID.class, FieldKind.UUID);

    /**
     * Reads an {@code @ArrayField}: a {@code List<E>} whose element type decides the element kind.
     * Whether the connection's database has such arrays is checked when the instance opens.
     *
     * @throws ConfigurationException for another field type or element type
     */
    static FieldMeta.Builder readArray(Field field, ArrayField annotation) {
        Class<?> element = field.getType() == java.util.List.class
                && field.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                ? GenericTypes.rawClass(p.getActualTypeArguments()[0]) : null;
        FieldKind elementKind = ELEMENTS.get(element);
        if (elementKind == null) {
            throw new ConfigurationException(where(field) + "@ArrayField needs a field of type "
                    + FieldAnnotations.accepted(FieldKind.ARRAY) + ", not " + field.getGenericType().getTypeName());
        }
        FieldMeta.Builder b = new FieldMeta.Builder();
        b.name = field.getName();
        b.javaField = field;
        b.javaType = java.util.List.class;
        b.kind = FieldKind.ARRAY;
        b.elementKind = elementKind;
        b.nullable = annotation.nullable();
        b.column = annotation.source().isEmpty() ? ColumnNames.snakeCase(field.getName()) : annotation.source();
        b.description = emptyToNull(annotation.description());
        b.rules = RuleReader.read(field, field.getType(), annotation.validators());
        return b;
    }

    /**
     * Reads a {@code @ConvertedField}: the kind's column with the converter's types checked against
     * the field and the kind.
     *
     * @throws ConfigurationException for an enum kind, a converter whose types are not concrete or
     *         do not fit, or sizes the kind needs and does not have
     */
    @SuppressWarnings("unchecked")
    static FieldMeta.Builder readConverted(Field field, ConvertedField annotation) {
        FieldKind kind = annotation.kind();
        Class<?> type = annotation.converter();
        String name = type.getSimpleName();
        if (kind == FieldKind.INT_ENUM || kind == FieldKind.CHAR_ENUM || kind == FieldKind.ARRAY) {
            throw new ConfigurationException(where(field) + "@ConvertedField cannot use the " + kind + " kind; use @"
                    + kind.annotationName() + (kind == FieldKind.ARRAY ? " for lists" : " for enums"));
        }
        Class<?> javaSide = GenericTypes.rawClass(GenericTypes.argument(type, Converter.class, 0));
        Class<?> columnSide = GenericTypes.rawClass(GenericTypes.argument(type, Converter.class, 1));
        if (javaSide == null || columnSide == null) {
            throw new ConfigurationException(where(field) + "converter " + name + " must implement Converter<J, D> with"
                    + " concrete types (such as Converter<Money, BigDecimal>)");
        }
        if (!javaSide.isAssignableFrom(field.getType())) {
            throw new ConfigurationException(where(field) + "converter " + name + " converts " + javaSide.getSimpleName()
                    + " values, but the field is a " + field.getType().getSimpleName());
        }
        if (!FieldAnnotations.fits(columnSide, kind)) {
            throw new ConfigurationException(where(field) + "converter " + name + " makes " + columnSide.getSimpleName()
                    + " values, but a " + kind + " column stores " + FieldAnnotations.accepted(kind));
        }
        FieldMeta.Builder b = new FieldMeta.Builder();
        b.name = field.getName();
        b.javaField = field;
        b.javaType = columnSide;
        b.valueType = field.getType();
        b.kind = kind;
        b.nullable = annotation.nullable();
        b.unique = annotation.unique();
        b.indexed = annotation.dbIndex();
        b.column = annotation.source().isEmpty() ? ColumnNames.snakeCase(field.getName()) : annotation.source();
        b.description = emptyToNull(annotation.description());
        if (!kind.indexable()) {
            checkNotIndexed(field, kind, b);
        }
        if (kind == FieldKind.CHAR) {
            readCharLength(field, annotation.maxLength(), b);
        } else if (kind == FieldKind.DECIMAL) {
            if (annotation.maxDigits() < 1) {
                throw new ConfigurationException(where(field) + "'max_digits' must be >= 1");
            }
            if (annotation.decimalPlaces() < 0) {
                throw new ConfigurationException(where(field) + "'decimal_places' must be >= 0");
            }
            b.maxDigits = annotation.maxDigits();
            b.decimalPlaces = annotation.decimalPlaces();
        }
        b.converter = Instances.create((Class<Converter<Object, Object>>) type, where(field) + "converter");
        b.rules = RuleReader.read(field, field.getType(), annotation.validators());
        return b;
    }

    /**
     * Reads a {@code @VersionField}: an INT or BIGINT column by the Java type, never null, never a key.
     *
     * @throws ConfigurationException for another Java type
     */
    static FieldMeta.Builder readVersion(Field field, VersionField annotation) {
        Class<?> type = field.getType();
        FieldKind kind = type == Integer.class || type == int.class ? FieldKind.INT
                : type == Long.class || type == long.class ? FieldKind.BIGINT : null;
        if (kind == null) {
            throw new ConfigurationException(where(field) + "@VersionField needs an Integer, int, Long or long field,"
                    + " not " + type.getSimpleName());
        }
        FieldMeta.Builder b = new FieldMeta.Builder();
        b.name = field.getName();
        b.javaField = field;
        b.javaType = type;
        b.kind = kind;
        b.version = true;
        b.column = annotation.source().isEmpty() ? ColumnNames.snakeCase(field.getName()) : annotation.source();
        b.description = emptyToNull(annotation.description());
        b.rules = java.util.List.of();
        return b;
    }

    /** {@code dbDefaultSql}: any expression, written unchanged, but one statement and not beside a literal default. */
    private static String readDbDefaultSql(Field field, String sql, String literal) {
        if (sql.isBlank()) {
            return null;
        }
        if (literal != null) {
            throw new ConfigurationException(where(field) + "give dbDefault (a literal) or dbDefaultSql (an SQL"
                    + " expression), not both");
        }
        if (sql.indexOf(';') >= 0) {
            throw new ConfigurationException(where(field) + "dbDefaultSql is one SQL expression and may not hold ';'"
                    + " (got \"" + sql + "\")");
        }
        return sql.strip();
    }

    /**
     * {@code defaultSupplier}: made once; its {@code T} must fit the field, and a primitive field
     * is never null, so it would never be asked.
     */
    @SuppressWarnings("unchecked")
    private static Supplier<?> readDefaultSupplier(Field field, Class<? extends Supplier<?>> type) {
        if (type == NoDefault.class) {
            return null;
        }
        if (field.getType().isPrimitive()) {
            throw new ConfigurationException(where(field) + "a primitive " + field.getType().getName() + " is never"
                    + " null, so defaultSupplier would never run; use a field initializer or the wrapper type");
        }
        Class<?> supplied = GenericTypes.rawClass(GenericTypes.argument(type, Supplier.class, 0));
        if (supplied != null && !field.getType().isAssignableFrom(supplied)) {
            throw new ConfigurationException(where(field) + "defaultSupplier " + type.getSimpleName() + " supplies "
                    + supplied.getSimpleName() + ", which does not fit the field's type " + field.getType().getSimpleName());
        }
        return Instances.create((Class<Supplier<?>>) type, where(field) + "defaultSupplier");
    }

    private static void checkNotIndexed(Field field, FieldKind type, FieldMeta.Builder b) {
        if (type == FieldKind.TEXT) {
            if (b.unique) {
                throw new ConfigurationException(where(field)
                        + "TextField doesn't support unique indexes, consider CharField or another strategy");
            }
            if (b.indexed) {
                throw new ConfigurationException(where(field) + "TextField can't be indexed, consider CharField");
            }
            if (b.pk) {
                throw new ConfigurationException(where(field)
                        + "TextField can't be a primary key, use CharField instead");
            }
        } else if (b.unique || b.indexed || b.pk) {
            throw new ConfigurationException(where(field) + type.annotationName()
                    + " can't be indexed (so it cannot be unique, dbIndex or pk)");
        }
    }

    private static void readCharLength(Field field, int maxLength, FieldMeta.Builder b) {
        if (maxLength < 1) {
            throw new ConfigurationException(where(field) + "'max_length' must be >= 1");
        }
        b.maxLength = maxLength;
    }

    private static void readDecimal(Field field, DataAttributes attrs, FieldMeta.Builder b) {
        int maxDigits = attrs.maxDigits();
        int decimalPlaces = attrs.decimalPlaces();
        if (maxDigits < 1) {
            throw new ConfigurationException(where(field) + "'max_digits' must be >= 1");
        }
        if (decimalPlaces < 0) {
            throw new ConfigurationException(where(field) + "'decimal_places' must be >= 0");
        }
        b.maxDigits = maxDigits;
        b.decimalPlaces = decimalPlaces;
    }

    @SuppressWarnings("unchecked")
    private static void readIntEnum(Field field, FieldMeta.Builder b) {
        Class<?> enumType = field.getType();
        if (!IntEnum.class.isAssignableFrom(enumType)) {
            throw new ConfigurationException(where(field) + "IntEnumField only supports integer enums! "
                    + enumType.getSimpleName() + " must implement dev.tortoise.fields.IntEnum");
        }
        StringJoiner description = new StringJoiner("\n");
        for (Object constant : enumType.getEnumConstants()) {
            int value = ((IntEnum) constant).value();
            if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                throw new ConfigurationException(where(field)
                        + "The valid range of IntEnumField's values is -32768..32767! "
                        + enumType.getSimpleName() + "." + ((Enum<?>) constant).name() + " has " + value);
            }
            description.add(((Enum<?>) constant).name() + ": " + value);
        }
        b.enumType = (Class<? extends Enum<?>>) enumType;
        if (b.description == null) {
            b.description = limit(description.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static void readCharEnum(Field field, int maxLength, FieldMeta.Builder b) {
        Class<?> enumType = field.getType();
        if (maxLength < 0) {
            throw new ConfigurationException(where(field)
                    + "'max_length' must be >= 1 (or 0 for the longest constant)");
        }
        int longest = 0;
        StringJoiner description = new StringJoiner("\n");
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            longest = Math.max(longest, name.length());
            description.add(name + ": " + name);
        }
        b.maxLength = maxLength == 0 ? Math.max(longest, 1) : maxLength;
        b.enumType = (Class<? extends Enum<?>>) enumType;
        if (b.description == null) {
            b.description = limit(description.toString());
        }
    }

    private static String where(Field field) {
        return FieldAnnotations.where(field);
    }

    private static String limit(String text) {
        return text.length() > ENUM_DESCRIPTION_LIMIT ? text.substring(0, ENUM_DESCRIPTION_LIMIT) : text;
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
