package dev.tortoise.internal.types;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.validation.FieldRule;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Checks values against their fields before the database is touched, with upstream's wording
 * and the model and field named: {@code Event.name is non nullable field, but null was passed},
 * {@code Event.name: Length of 'Grand Prix ...' 300 > 255}, decimals with more digits before the
 * point than {@code maxDigits - decimalPlaces}, enum names longer than their column.
 *
 * <p>Exempt from the null check, because the ORM or the database fills them in: a generated
 * primary key, a UUID primary key (a random UUID on insert), and on insert only
 * {@code autoNow}/{@code autoNowAdd} fields and fields with a {@code dbDefault} or
 * {@code dbDefaultSql} (the insert leaves the column out); an update writes what the instance holds.
 * Then each non-null value goes through the field's validators ({@link FieldRule}s made at init:
 * the built-in annotations, then {@code validators = {...}}). Stateless; never blocks.
 */
public final class FieldValidator {

    private FieldValidator() {
    }

    /**
     * Checks every column of an instance (or only the given ones).
     *
     * @param fields the columns to check; null or empty for all of {@code model.fields()}
     * @param insert whether the values are inserted (a null that the database or the ORM fills in
     *               on insert passes) or written by an update (it does not)
     * @throws ValidationException at the first value that does not fit
     */
    public static void validateAll(ModelMeta model, Model instance, Collection<FieldMeta> fields, boolean insert) {
        for (FieldMeta field : fields == null || fields.isEmpty() ? model.fields() : fields) {
            if (field.isKeyField()) {
                checkRelated(model, field, instance);
            }
            validate(model, field, field.get(instance), insert);
        }
    }

    /**
     * Checks one value an update writes to a field.
     *
     * @throws ValidationException naming the model and the field when the value does not fit
     */
    public static void validate(ModelMeta model, FieldMeta field, Object value) {
        validate(model, field, value, false);
    }

    private static void validate(ModelMeta model, FieldMeta field, Object value, boolean insert) {
        if (value == null) {
            if (!field.nullable() && !filledLater(field, insert)) {
                throw new ValidationException(model.name() + "." + displayName(field)
                        + " is non nullable field, but null was passed");
            }
            return;
        }
        Object column = ConvertingCodec.toColumnValue(field, value); // a converted field's kind checks its column value
        switch (field.kind()) {
            case CHAR -> checkLength(model, field, column instanceof String s ? s : String.valueOf(column));
            case CHAR_ENUM -> checkLength(model, field, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
            case DECIMAL -> {
                if (column instanceof BigDecimal decimal) {
                    checkDigits(model, field, decimal);
                }
            }
            default -> { }
        }
        for (FieldRule rule : field.rules()) {
            rule.check(model.name() + "." + displayName(field), value);
        }
    }

    private static boolean filledLater(FieldMeta field, boolean insert) {
        return (field.pk() && (field.generated() || field.randomUuidDefault()))
                || insert && (field.autoNowAdd() || field.hasDbDefault());
    }

    /** A relation's name is what the user knows: {@code tournament}, not {@code tournament_id}. */
    private static String displayName(FieldMeta field) {
        return field.isKeyField() ? field.keyOf().name() : field.name();
    }

    /** A related instance that was never saved has no key to store. */
    private static void checkRelated(ModelMeta model, FieldMeta keyField, Model instance) {
        ForeignKeyMeta relation = keyField.keyOf();
        Model related = relation.get(instance);
        if (related != null && keyField.get(instance) == null) {
            throw ValueErrors.unsaved(model.name() + "." + relation.name(), related);
        }
        if (related != null) {
            for (FieldRule rule : relation.rules()) {
                rule.check(model.name() + "." + relation.name(), related);
            }
        }
    }

    private static void checkLength(ModelMeta model, FieldMeta field, String text) {
        int length = text.codePointCount(0, text.length());
        if (length > field.maxLength()) {
            throw new ValidationException(model.name() + "." + displayName(field) + ": Length of '"
                    + ValueErrors.shorten(text) + "' " + length + " > " + field.maxLength());
        }
    }

    private static void checkDigits(ModelMeta model, FieldMeta field, BigDecimal value) {
        DecimalBounds.fitDecimal(field, value, value);
    }
}
