package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/**
 * Accesses a Java field through method handles adapted to {@code (Model)Object}.
 *
 * <p>Access is checked at init ({@link #of}), but the handles are built on the first read or write
 * of the field and kept: spinning two adapted handles for every field of every model was a quarter
 * of init, and most fields of a large schema are never touched in a short-lived process. The
 * handles live in an immutable {@link Handles} object published through a plain field; a race
 * builds equal handles twice, never a half-built one (final-field semantics).
 */
final class HandleAccessor implements FieldAccessor {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Model.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Model.class, Object.class);

    private final MethodHandles.Lookup lookup;
    private final Field field;
    private final boolean primitive;
    private Handles handles;

    private record Handles(MethodHandle getter, MethodHandle setter) {
    }

    private HandleAccessor(MethodHandles.Lookup lookup, Field field) {
        this.lookup = lookup;
        this.field = field;
        this.primitive = field.getType().isPrimitive();
    }

    /**
     * Prepares access to a field of a model class; the handles follow on first use.
     *
     * @throws ConfigurationException when the field's package is not open to Tortoise
     */
    static HandleAccessor of(Field field) {
        return new HandleAccessor(Lookups.privateLookup(field.getDeclaringClass()), field);
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            h = createHandles();
            handles = h;
        }
        return h;
    }

    private Handles createHandles() {
        try {
            return new Handles(lookup.unreflectGetter(field).asType(GETTER),
                    lookup.unreflectSetter(field).asType(SETTER));
        } catch (IllegalAccessException e) {
            throw new ConfigurationException("Cannot access field " + where() + ": " + e.getMessage()
                    + " (a final field cannot be persisted; remove 'final')", e);
        }
    }

    private String where() {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    @Override
    public Object get(Model instance) {
        try {
            return (Object) handles().getter().invokeExact(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void set(Model instance, Object value) {
        if (value == null && primitive) {
            throw new ValidationException(where() + " is non nullable field, but null was passed");
        }
        try {
            handles().setter().invokeExact(instance, value);
        } catch (ClassCastException e) {
            throw new ValidationException(where() + ": a " + value.getClass().getSimpleName()
                    + " does not fit this field", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
