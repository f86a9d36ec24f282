package dev.tortoise.internal.meta;

import dev.tortoise.exceptions.ConfigurationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;

/**
 * Makes the helper objects that annotations name by class ({@code validators}, {@code defaultSupplier},
 * {@code converter}) with their no-argument constructor, once, at init.
 */
public final class Instances {
    private Instances() {
    }

    /**
     * A new instance of {@code type}.
     *
     * @param role what the class is for, for messages: {@code "Event.name: validator"}
     * @throws ConfigurationException when the class is abstract, has no no-argument constructor,
     *         cannot be reached, or its constructor throws
     */
    public static <T> T create(Class<T> type, String role) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new ConfigurationException(role + " " + type.getName() + " is abstract; name a concrete class");
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            throw new ConfigurationException(role + " " + type.getName() + " is an inner class; make it static");
        }
        MethodHandle constructor;
        try {
            MethodHandles.Lookup lookup = Modifier.isPublic(type.getModifiers())
                    && Modifier.isPublic(constructorModifiers(type, role))
                    ? MethodHandles.publicLookup() : Lookups.privateLookup(type);
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ConfigurationException(role + " " + type.getName() + " needs a no-argument constructor that"
                    + " Tortoise can call (" + e.getMessage() + ")", e);
        }
        try {
            return type.cast(constructor.invoke());
        } catch (Throwable e) {
            throw new ConfigurationException(role + " " + type.getName() + ": its constructor threw " + e, e);
        }
    }

    /**
     * The canonical constructor of a record class as a handle taking its components in order.
     *
     * @throws ConfigurationException when the record's package is not open to Tortoise
     */
    public static MethodHandle recordConstructor(Class<?> record) {
        java.lang.reflect.RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            MethodHandles.Lookup lookup = Modifier.isPublic(record.getModifiers()) ? MethodHandles.publicLookup()
                    : Lookups.privateLookup(record);
            return lookup.findConstructor(record, MethodType.methodType(void.class, types));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            try {
                return Lookups.privateLookup(record).findConstructor(record, MethodType.methodType(void.class, types));
            } catch (NoSuchMethodException | IllegalAccessException again) {
                throw new ConfigurationException("Cannot call the canonical constructor of record " + record.getName()
                        + ": " + again.getMessage(), again);
            }
        }
    }

    private static int constructorModifiers(Class<?> type, String role) {
        try {
            return type.getDeclaredConstructor().getModifiers();
        } catch (NoSuchMethodException e) {
            throw new ConfigurationException(role + " " + type.getName() + " needs a no-argument constructor", e);
        }
    }
}
