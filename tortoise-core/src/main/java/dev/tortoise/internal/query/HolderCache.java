package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.ReverseRelation;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * Fills and clears what a relation holder returns without a query: the instances that
 * {@code prefetchRelated} or {@code fetchRelated} loaded. Writes the holders' package-private
 * {@code fetched} field through var handles prepared once.
 */
final class HolderCache {
    private static final VarHandle REVERSE = handle(ReverseRelation.class);
    private static final VarHandle MANY = handle(ManyToManyRelation.class);

    private HolderCache() {
    }

    /** Makes a holder answer {@code list()} with these instances until the relation is changed. */
    static void fill(Object holder, List<? extends Model> instances) {
        List<? extends Model> copy = List.copyOf(instances);
        if (holder instanceof ReverseRelation<?> reverse) {
            REVERSE.setVolatile(reverse, copy);
        } else if (holder instanceof ManyToManyRelation<?> many) {
            MANY.setVolatile(many, copy);
        }
    }

    /** Makes a holder query again. */
    static void clear(Object holder) {
        if (holder instanceof ReverseRelation<?> reverse) {
            REVERSE.setVolatile(reverse, (List<?>) null);
        } else if (holder instanceof ManyToManyRelation<?> many) {
            MANY.setVolatile(many, (List<?>) null);
        }
    }

    private static VarHandle handle(Class<?> holder) {
        try {
            return MethodHandles.privateLookupIn(holder, MethodHandles.lookup()).findVarHandle(holder, "fetched", List.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
