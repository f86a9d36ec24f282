package dev.tortoise.internal.meta;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a class binds the type parameters of a generic interface to: {@code V} of
 * {@code Validator<V>}, {@code J} and {@code D} of {@code Converter<J, D>}. Used at init to check
 * helpers against the fields they serve.
 */
public final class GenericTypes {
    private GenericTypes() {
    }

    /**
     * The type argument at {@code index} of {@code generic} as {@code type} implements it, through
     * superclasses and superinterfaces; null when it is not bound to a concrete type (a raw
     * implementation, or a type variable).
     */
    public static Type argument(Class<?> type, Class<?> generic, int index) {
        return find(type, generic, index, new HashMap<>());
    }

    /** The class of a type: the raw class of a parameterized type, null for variables and wildcards. */
    public static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type find(Class<?> type, Class<?> generic, int index, Map<TypeVariable<?>, Type> bindings) {
        if (type == null || type == Object.class) {
            return null;
        }
        Type superclass = type.getGenericSuperclass();
        for (Type candidate : type.getGenericInterfaces()) {
            Type found = step(candidate, generic, index, bindings);
            if (found != null) {
                return found;
            }
        }
        return superclass == null ? null : step(superclass, generic, index, bindings);
    }

    private static Type step(Type candidate, Class<?> generic, int index, Map<TypeVariable<?>, Type> bindings) {
        if (candidate instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == generic) {
                Type arg = args[index];
                return arg instanceof TypeVariable<?> v ? bindings.get(v) : arg;
            }
            Map<TypeVariable<?>, Type> next = new HashMap<>();
            TypeVariable<?>[] params = raw.getTypeParameters();
            for (int i = 0; i < params.length; i++) {
                next.put(params[i], args[i] instanceof TypeVariable<?> v ? bindings.get(v) : args[i]);
            }
            return find(raw, generic, index, next);
        }
        if (candidate instanceof Class<?> raw) {
            return find(raw, generic, index, new HashMap<>());
        }
        return null;
    }
}
