package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/** Accesses a Java field through method handles adapted once to {@code (Model)Object}. */
final class HandleAccessor implements FieldAccessor {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Model.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Model.class, Object.class);

    private final MethodHandle getter;
    private final MethodHandle setter;
    private final boolean primitive;
    private final String where;

    private HandleAccessor(MethodHandle getter, MethodHandle setter, boolean primitive, String where) {
        this.getter = getter;
        this.setter = setter;
        this.primitive = primitive;
        this.where = where;
    }

    /**
     * Prepares handles for a field of a model class.
     *
     * @throws ConfigurationException when the field's package is not open to Tortoise
     */
    static HandleAccessor of(Field field) {
        MethodHandles.Lookup lookup = Lookups.privateLookup(field.getDeclaringClass());
        String where = field.getDeclaringClass().getSimpleName() + "." + field.getName();
        try {
            MethodHandle getter = lookup.unreflectGetter(field).asType(GETTER);
            MethodHandle setter = lookup.unreflectSetter(field).asType(SETTER);
            return new HandleAccessor(getter, setter, field.getType().isPrimitive(), where);
        } catch (IllegalAccessException e) {
            throw new ConfigurationException("Cannot access field " + where + ": " + e.getMessage()
                    + " (a final field cannot be persisted; remove 'final')", e);
        }
    }

    @Override
    public Object get(Model instance) {
        try {
            return (Object) getter.invokeExact(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void set(Model instance, Object value) {
        if (value == null && primitive) {
            throw new ValidationException(where + " is non nullable field, but null was passed");
        }
        try {
            setter.invokeExact(instance, value);
        } catch (ClassCastException e) {
            throw new ValidationException(where + ": a " + value.getClass().getSimpleName()
                    + " does not fit this field", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
