package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.fields.ForeignKeyRelation;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;

/**
 * What the ORM does with {@link ForeignKeyRelation} holders: reads and writes the instance a holder
 * keeps without loading anything, and accesses a relation declared with the holder type exactly as
 * one declared with the related model's type ({@link #accessor}), so that queries,
 * {@code selectRelated}, prefetching and saving treat both forms alike.
 */
public final class ForeignKeyHolders {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.privateLookupIn(ForeignKeyRelation.class, MethodHandles.lookup())
                    .findVarHandle(ForeignKeyRelation.class, "value", Model.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ForeignKeyHolders() {
    }

    /** The instance a holder keeps (a key-only reference, a loaded instance, or null); never loads. */
    public static Model peek(ForeignKeyRelation<?> holder) {
        return (Model) VALUE.getVolatile(holder);
    }

    /** A lookup value as the query layer compares it: a holder stands for the instance it keeps. */
    public static Object unwrap(Object value) {
        return value instanceof ForeignKeyRelation<?> holder ? peek(holder) : value;
    }

    /** The accessor of a relation field declared as {@code ForeignKeyRelation<T>}. */
    static FieldAccessor accessor(Field field) {
        return new HolderAccessor(field.getName(), HandleAccessor.of(field));
    }

    /**
     * Gets and sets the instance inside the holder of a field. A field the user set to null gets a
     * fresh holder on the next write, so the ORM never fails on it.
     */
    private record HolderAccessor(String name, FieldAccessor field) implements FieldAccessor {
        @Override
        public Object get(Model instance) {
            Object holder = field.get(instance);
            return holder == null ? null : VALUE.getVolatile(holder);
        }

        @Override
        public void set(Model instance, Object related) {
            Object holder = field.get(instance);
            if (holder == null) {
                holder = RelationHolderPlan.newForeignKeyHolder(instance, name);
                field.set(instance, holder);
            }
            VALUE.setVolatile(holder, (Model) related);
        }
    }
}
