package dev.tortoise.internal.meta;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.BinaryField;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DateField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.FloatField;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.SmallIntField;
import dev.tortoise.fields.TextField;
import dev.tortoise.fields.TimeDeltaField;
import dev.tortoise.fields.TimeField;
import dev.tortoise.fields.UUIDField;
import dev.tortoise.validators.Validator;
import java.lang.annotation.Annotation;
import java.util.function.Supplier;

/**
 * The attributes of one data-field annotation, read through the annotation's own typed methods.
 * Attributes an annotation does not declare take their neutral value ({@code false}, {@code 0}):
 * {@code generated} exists only on the integer fields, {@code autoNow} only on date-time fields,
 * {@code maxLength} only on character fields, {@code maxDigits}/{@code decimalPlaces} only on
 * {@code DecimalField}. Reading by type, not by attribute name, keeps init free of reflection
 * lookups and of exceptions used as control flow.
 */
record DataAttributes(boolean pk, boolean nullable, boolean unique, boolean dbIndex, String source,
                      String description, String dbDefault, boolean generated, boolean autoNow,
                      boolean autoNowAdd, int maxLength, int maxDigits, int decimalPlaces,
                      Class<? extends Validator<?>>[] validators, String dbDefaultSql,
                      Class<? extends Supplier<?>> defaultSupplier) {

    /**
     * Reads a data-field annotation.
     *
     * @param type the field type the annotation declares ({@link FieldAnnotations#DATA})
     * @throws ClassCastException when the annotation is not the one of {@code type}
     */
    static DataAttributes of(Annotation annotation, FieldKind type) {
        // A switch over the enum, not over the annotation's type: a pattern switch is linked at
        // run time (a generated class), which a cold start pays for.
        return switch (type) {
            case INT -> {
                IntField a = (IntField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), a.generated(),
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case BIGINT -> {
                BigIntField a = (BigIntField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), a.generated(),
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case SMALLINT -> {
                SmallIntField a = (SmallIntField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), a.generated(),
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case CHAR -> {
                CharField a = (CharField) annotation;
                yield new DataAttributes(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(),
                        a.description(), a.dbDefault(), false, false, false, a.maxLength(), 0, 0,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case CHAR_ENUM -> {
                CharEnumField a = (CharEnumField) annotation;
                yield new DataAttributes(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(),
                        a.description(), a.dbDefault(), false, false, false, a.maxLength(), 0, 0,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case DECIMAL -> {
                DecimalField a = (DecimalField) annotation;
                yield new DataAttributes(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(),
                        a.description(), a.dbDefault(), false, false, false, 0, a.maxDigits(), a.decimalPlaces(),
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case DATETIME -> {
                DatetimeField a = (DatetimeField) annotation;
                yield new DataAttributes(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(),
                        a.description(), a.dbDefault(), false, a.autoNow(), a.autoNowAdd(), 0, 0, 0,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case TIME -> {
                TimeField a = (TimeField) annotation;
                yield new DataAttributes(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(),
                        a.description(), a.dbDefault(), false, a.autoNow(), a.autoNowAdd(), 0, 0, 0,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case TEXT -> {
                TextField a = (TextField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case BOOLEAN -> {
                BooleanField a = (BooleanField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case DATE -> {
                DateField a = (DateField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case TIMEDELTA -> {
                TimeDeltaField a = (TimeDeltaField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(),
                        a.description(), a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case FLOAT -> {
                FloatField a = (FloatField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case JSON -> {
                JSONField a = (JSONField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case UUID -> {
                UUIDField a = (UUIDField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case BINARY -> {
                BinaryField a = (BinaryField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
            case ARRAY -> throw new IllegalArgumentException("@ArrayField is read by DataFieldReader.readArray");
            case INT_ENUM -> {
                IntEnumField a = (IntEnumField) annotation;
                yield plain(a.pk(), a.nullable(), a.unique(), a.dbIndex(), a.source(), a.description(),
                        a.dbDefault(), false,
                        a.validators(), a.dbDefaultSql(), a.defaultSupplier());
            }
        };
    }

    private static DataAttributes plain(boolean pk, boolean nullable, boolean unique, boolean dbIndex, String source,
                                        String description, String dbDefault, boolean generated,
                                        Class<? extends Validator<?>>[] validators, String dbDefaultSql,
                                        Class<? extends Supplier<?>> defaultSupplier) {
        return new DataAttributes(pk, nullable, unique, dbIndex, source, description, dbDefault, generated,
                false, false, 0, 0, 0, validators, dbDefaultSql, defaultSupplier);
    }
}
