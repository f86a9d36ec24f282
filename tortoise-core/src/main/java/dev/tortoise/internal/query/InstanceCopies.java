package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.types.FieldValidator;
import dev.tortoise.spi.MessageText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Model.cloneInstance()} and {@code Model.updateFromMap()}: copies and changes of an
 * instance's fields through the accessors prepared at init, never through the database.
 */
public final class InstanceCopies {

    private InstanceCopies() {
    }

    /** A new, unsaved instance with the fields of {@code source} but its primary key. */
    public static Model cloneOf(ModelMeta meta, Model source) {
        Model copy = meta.newInstance();
        for (FieldMeta field : meta.fields()) {
            if (!field.pk()) {
                field.set(copy, field.get(source));
            }
        }
        return copy;
    }

    /**
     * Sets the fields named by the keys (a relation's name takes an instance of its model, its
     * {@code <name>_id} key field the key), checks the new values as a save would, and on any
     * failure puts every old value back.
     *
     * @throws FieldException      for a key that names no field that can be set, listing those that can
     * @throws ValidationException for a value of the wrong type or one the field's checks refuse
     */
    public static void update(ModelMeta meta, Model instance, Map<String, ?> values) {
        Map<FieldMeta, Object> fields = new LinkedHashMap<>();
        Map<ForeignKeyMeta, Object> relations = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String name = entry.getKey();
            Object member = name == null ? null : meta.member(name);
            if (member instanceof FieldMeta field) {
                fields.put(field, typed(meta, field, entry.getValue()));
            } else if (member instanceof ForeignKeyMeta fk) {
                Object value = entry.getValue();
                if (value != null && !fk.target().modelClass().isInstance(value)) {
                    throw new ValidationException("Field '" + name + "' of " + meta.name() + " takes a "
                            + fk.target().name() + " instance, got " + MessageText.describe(value)
                            + "; to set the key, use '" + fk.keyField().name() + "'");
                }
                relations.put(fk, value);
            } else {
                throw new FieldException("Unknown field " + name + " for model " + meta.name()
                        + " in updateFromMap(): fields that can be set are " + settable(meta));
            }
        }
        Map<FieldMeta, Object> before = new LinkedHashMap<>();
        for (FieldMeta field : meta.fields()) {
            before.put(field, field.get(instance));
        }
        try {
            fields.forEach((field, value) -> field.set(instance, value));
            relations.forEach((fk, value) -> fk.set(instance, (Model) value));
            List<FieldMeta> changed = new ArrayList<>(fields.keySet());
            relations.keySet().forEach(fk -> changed.add(fk.keyField()));
            if (!changed.isEmpty()) {
                FieldValidator.validateAll(meta, instance, changed, !InstanceState.of(instance).persisted());
            }
        } catch (RuntimeException e) {
            before.forEach((field, value) -> field.set(instance, value));
            throw e;
        }
    }

    /** The value as the field's Java type: itself, or a number converted without loss. */
    private static Object typed(ModelMeta meta, FieldMeta field, Object value) {
        Class<?> type = RecordShape.boxed(field.valueType());
        if (value == null || type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number && Number.class.isAssignableFrom(type)) {
            Object converted = convert(number, type);
            if (converted != null) {
                return converted;
            }
        }
        throw new ValidationException("Field '" + field.name() + "' of " + meta.name() + " takes "
                + type.getSimpleName() + ", got " + MessageText.describe(value));
    }

    private static Object convert(Number number, Class<?> type) {
        try {
            BigDecimal exact = number instanceof BigDecimal d ? d : number instanceof BigInteger i ? new BigDecimal(i)
                    : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                    : BigDecimal.valueOf(number.longValue());
            if (type == Integer.class) {
                return exact.intValueExact();
            } else if (type == Long.class) {
                return exact.longValueExact();
            } else if (type == Short.class) {
                return exact.shortValueExact();
            } else if (type == BigDecimal.class) {
                return exact;
            } else if (type == Double.class) {
                return number.doubleValue();
            }
        } catch (ArithmeticException lossy) {
            return null;
        }
        return null;
    }

    private static List<String> settable(ModelMeta meta) {
        List<String> names = new ArrayList<>();
        meta.fields().forEach(f -> names.add(f.name()));
        meta.foreignKeys().forEach(fk -> names.add(fk.name()));
        meta.oneToOnes().forEach(fk -> names.add(fk.name()));
        return names;
    }
}
