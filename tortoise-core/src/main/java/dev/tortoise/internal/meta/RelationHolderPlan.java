package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.fields.ForeignKeyRelation;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.ReverseRelation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Which relation-holder fields ({@code ReverseRelation}, {@code ManyToManyRelation},
 * {@code ForeignKeyRelation}) a model class has, found once per class and cached, so that
 * {@link Model}'s constructor can fill them cheaply on every instance, independent of init.
 */
public final class RelationHolderPlan {
    private static final MethodType FACTORY = MethodType.methodType(Object.class, Model.class, String.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Model.class, Object.class);
    private static final MethodHandle NEW_REVERSE = holderConstructor(ReverseRelation.class);
    private static final MethodHandle NEW_MANY = holderConstructor(ManyToManyRelation.class);
    private static final MethodHandle NEW_FOREIGN = holderConstructor(ForeignKeyRelation.class);
    private static final RelationHolderPlan EMPTY = new RelationHolderPlan(List.of());

    private static final ClassValue<RelationHolderPlan> PLANS = new ClassValue<>() {
        @Override
        protected RelationHolderPlan computeValue(Class<?> type) {
            return build(type);
        }
    };

    private final List<Slot> slots;

    private RelationHolderPlan(List<Slot> slots) {
        this.slots = slots;
    }

    /** The plan of a model class (computed on first use, then cached). */
    public static RelationHolderPlan of(Class<?> modelClass) {
        return PLANS.get(modelClass);
    }

    /** Sets a fresh holder into every holder field of the instance. */
    public void install(Model instance) {
        for (Slot slot : slots) {
            try {
                Object holder = (Object) slot.factory.invokeExact(instance, slot.name);
                slot.setter.invokeExact(instance, holder);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A fresh {@code ForeignKeyRelation} holder for the relation field {@code name} of an instance. */
    static Object newForeignKeyHolder(Model owner, String name) {
        try {
            return (Object) NEW_FOREIGN.invokeExact(owner, name);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the holder fields, in declaration order (parents first). */
    public List<String> fieldNames() {
        return slots.stream().map(s -> s.name).toList();
    }

    private static RelationHolderPlan build(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            chain.addFirst(c);
        }
        List<Slot> slots = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                MethodHandle factory = field.getType() == ReverseRelation.class ? NEW_REVERSE
                        : field.getType() == ManyToManyRelation.class ? NEW_MANY
                        : field.getType() == ForeignKeyRelation.class ? NEW_FOREIGN : null;
                if (factory == null || Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                try {
                    MethodHandle setter = Lookups.privateLookup(c).unreflectSetter(field).asType(SETTER);
                    slots.add(new Slot(field.getName(), factory, setter));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return slots.isEmpty() ? EMPTY : new RelationHolderPlan(List.copyOf(slots));
    }

    private static MethodHandle holderConstructor(Class<?> holder) {
        try {
            return MethodHandles.privateLookupIn(holder, MethodHandles.lookup())
                    .findConstructor(holder, MethodType.methodType(void.class, Model.class, String.class))
                    .asType(FACTORY);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private record Slot(String name, MethodHandle factory, MethodHandle setter) {
    }
}
