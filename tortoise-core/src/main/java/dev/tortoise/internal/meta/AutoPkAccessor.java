package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ValidationException;

/**
 * The accessor of the automatic {@code id} of a model that declares no primary key: the value has
 * no Java field, so it lives in the instance's {@link InstanceState}.
 */
final class AutoPkAccessor implements FieldAccessor {
    static final AutoPkAccessor INSTANCE = new AutoPkAccessor();

    private AutoPkAccessor() {
    }

    @Override
    public Object get(Model instance) {
        return InstanceState.of(instance).autoPk();
    }

    @Override
    public void set(Model instance, Object value) {
        InstanceState.of(instance).autoPk(toInteger(instance, value));
    }

    // Drivers report generated keys as Long or BigInteger; the automatic id is an IntField.
    private static Integer toInteger(Model instance, Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Number number && number.longValue() == number.intValue()) {
            return number.intValue();
        }
        throw new ValidationException(instance.getClass().getSimpleName() + ".id: " + value
                + " is not a valid value for the automatic integer primary key");
    }
}
