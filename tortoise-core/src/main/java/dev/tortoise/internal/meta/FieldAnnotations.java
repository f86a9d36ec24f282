package dev.tortoise.internal.meta;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.ArrayField;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.BinaryField;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ConvertedField;
import dev.tortoise.fields.DateField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.FloatField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.OneToOneField;
import dev.tortoise.fields.SmallIntField;
import dev.tortoise.fields.TextField;
import dev.tortoise.fields.TimeDeltaField;
import dev.tortoise.fields.TimeField;
import dev.tortoise.fields.UUIDField;
import dev.tortoise.fields.VersionField;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which annotation a model field carries and which Java types each annotation accepts. Reading the
 * attribute values is {@link DataFieldReader}'s and {@link RelationReader}'s job.
 */
final class FieldAnnotations {
    /** Data annotations → the column type they declare. */
    static final Map<Class<? extends Annotation>, FieldKind> DATA = new LinkedHashMap<>();
    /** Relation annotations → the relation kind they declare. */
    static final Map<Class<? extends Annotation>, RelationDeclaration.Kind> RELATIONS = new LinkedHashMap<>();

    static {
        DATA.put(IntField.class, FieldKind.INT);
        DATA.put(BigIntField.class, FieldKind.BIGINT);
        DATA.put(SmallIntField.class, FieldKind.SMALLINT);
        DATA.put(CharField.class, FieldKind.CHAR);
        DATA.put(TextField.class, FieldKind.TEXT);
        DATA.put(BooleanField.class, FieldKind.BOOLEAN);
        DATA.put(DecimalField.class, FieldKind.DECIMAL);
        DATA.put(DatetimeField.class, FieldKind.DATETIME);
        DATA.put(DateField.class, FieldKind.DATE);
        DATA.put(TimeField.class, FieldKind.TIME);
        DATA.put(TimeDeltaField.class, FieldKind.TIMEDELTA);
        DATA.put(FloatField.class, FieldKind.FLOAT);
        DATA.put(JSONField.class, FieldKind.JSON);
        DATA.put(UUIDField.class, FieldKind.UUID);
        DATA.put(BinaryField.class, FieldKind.BINARY);
        DATA.put(IntEnumField.class, FieldKind.INT_ENUM);
        DATA.put(CharEnumField.class, FieldKind.CHAR_ENUM);
        RELATIONS.put(ForeignKeyField.class, RelationDeclaration.Kind.FOREIGN_KEY);
        RELATIONS.put(OneToOneField.class, RelationDeclaration.Kind.ONE_TO_ONE);
        RELATIONS.put(ManyToManyField.class, RelationDeclaration.Kind.MANY_TO_MANY);
    }

    private FieldAnnotations() {
    }

    /**
     * The one Tortoise annotation on a field, or null when it has none.
     *
     * @throws ConfigurationException when it has more than one
     */
    static Annotation of(Field field) {
        List<Annotation> found = new ArrayList<>(1);
        for (Annotation annotation : field.getDeclaredAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (DATA.containsKey(type) || RELATIONS.containsKey(type) || type == VersionField.class
                    || type == ConvertedField.class
                    || type == ArrayField.class) {
                found.add(annotation);
            }
        }
        if (found.size() > 1) {
            throw new ConfigurationException(where(field) + "a field takes one field annotation, found "
                    + found.stream().map(a -> "@" + a.annotationType().getSimpleName()).toList());
        }
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The error prefix naming model and field: {@code Event.name: }. */
    static String where(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName() + ": ";
    }

    /**
     * Checks that the field's Java type fits the data annotation.
     *
     * @throws ConfigurationException naming the model, field, annotation and the accepted types
     */
    static void checkJavaType(Field field, FieldKind type) {
        Class<?> javaType = field.getType();
        if (!fits(javaType, type)) {
            throw new ConfigurationException(where(field) + "@" + type.annotationName()
                    + " cannot annotate a field of type " + javaType.getSimpleName() + "; it accepts "
                    + accepted(type));
        }
    }

    /** Whether a column kind stores values of this Java type. */
    static boolean fits(Class<?> javaType, FieldKind type) {
        return switch (type) {
            case INT -> javaType == Integer.class || javaType == int.class;
            case BIGINT -> javaType == Long.class || javaType == long.class;
            case SMALLINT -> javaType == Short.class || javaType == short.class;
            case CHAR, TEXT -> javaType == String.class;
            case BOOLEAN -> javaType == Boolean.class || javaType == boolean.class;
            case DECIMAL -> javaType == BigDecimal.class;
            case DATETIME -> javaType == OffsetDateTime.class || javaType == Instant.class
                    || javaType == LocalDateTime.class;
            case DATE -> javaType == LocalDate.class;
            case TIME -> javaType == LocalTime.class;
            case TIMEDELTA -> javaType == Duration.class;
            case FLOAT -> javaType == Double.class || javaType == double.class;
            case JSON -> !javaType.isPrimitive() && !Model.class.isAssignableFrom(javaType);
            case UUID -> javaType == UUID.class;
            case BINARY -> javaType == byte[].class;
            case INT_ENUM, CHAR_ENUM -> javaType.isEnum();
            case ARRAY -> java.util.List.class.isAssignableFrom(javaType);
        };
    }

    /** The Java types a column kind stores, for messages. */
    static String accepted(FieldKind type) {
        return switch (type) {
            case INT -> "Integer or int";
            case BIGINT -> "Long or long";
            case SMALLINT -> "Short or short";
            case CHAR, TEXT -> "String";
            case BOOLEAN -> "Boolean or boolean";
            case DECIMAL -> "BigDecimal";
            case DATETIME -> "OffsetDateTime, Instant or LocalDateTime";
            case DATE -> "LocalDate";
            case TIME -> "LocalTime";
            case TIMEDELTA -> "Duration";
            case FLOAT -> "Double or double";
            case JSON -> "any JSON-mappable reference type (Map, List, a record ...)";
            case UUID -> "UUID";
            case BINARY -> "byte[]";
            case INT_ENUM -> "an enum that implements dev.tortoise.fields.IntEnum";
            case CHAR_ENUM -> "an enum";
            case ARRAY -> "List<String>, List<Integer>, List<Long>, List<Short>, List<Double>, List<Boolean>,"
                    + " List<BigDecimal> or List<UUID>";
        };
    }
}
