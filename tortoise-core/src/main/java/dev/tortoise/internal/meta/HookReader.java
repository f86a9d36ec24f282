package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.lifecycle.LifecycleHooks;
import dev.tortoise.internal.lifecycle.ListenerRegistry;
import dev.tortoise.internal.lifecycle.ModelListeners;
import dev.tortoise.signals.PostDelete;
import dev.tortoise.signals.PostSave;
import dev.tortoise.signals.PreDelete;
import dev.tortoise.signals.PreSave;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a model's {@code @PreSave}, {@code @PostSave}, {@code @PreDelete} and {@code @PostDelete}
 * methods once, at init, and adapts each to one handle shape per event. Parent models' methods come
 * first, then each class's in name order (reflection gives no declaration order); a method
 * overridden in a subclass is called once, virtually.
 */
final class HookReader {
    private static final MethodType PRE_SAVE = MethodType.methodType(void.class, Model.class, List.class);
    private static final MethodType POST_SAVE = MethodType.methodType(void.class, Model.class, boolean.class, List.class);
    private static final MethodType DELETE = MethodType.methodType(void.class, Model.class);
    private static final String SIGNALS = PreSave.class.getPackageName();

    private HookReader() {
    }

    /**
     * The hooks of a model class: its annotated methods and the listener lists of its class chain.
     *
     * @throws ConfigurationException for a static method, a wrong parameter list, a method that
     *         declares checked exceptions, or two lifecycle annotations on one method
     */
    static LifecycleHooks read(Class<? extends Model> type, List<Class<?>> hierarchy) {
        Map<String, Method> found = new LinkedHashMap<>();
        for (Class<?> c : hierarchy) {
            Method[] methods = c.getDeclaredMethods();
            if (methods.length > 1) {
                Arrays.sort(methods, Comparator.comparing(Method::getName));
            }
            for (Method m : methods) {
                if (!m.isSynthetic() && m.getDeclaredAnnotations().length > 0 && lifecycleAnnotation(m) != null) {
                    // a non-private method overridden below is one hook, dispatched virtually
                    String key = Modifier.isPrivate(m.getModifiers()) ? c.getName() + "#" + m : signature(m);
                    found.putIfAbsent(key, m);
                }
            }
        }
        List<MethodHandle> preSave = new ArrayList<>();
        List<MethodHandle> postSave = new ArrayList<>();
        List<MethodHandle> preDelete = new ArrayList<>();
        List<MethodHandle> postDelete = new ArrayList<>();
        for (Method m : found.values()) {
            Annotation a = lifecycleAnnotation(m);
            if (a instanceof PreSave) {
                preSave.add(adapt(type, m, PRE_SAVE, List.of(List.class), "@PreSave", "(List<String> updateFields)"));
            } else if (a instanceof PostSave) {
                postSave.add(adapt(type, m, POST_SAVE, List.of(boolean.class, List.class), "@PostSave",
                        "(boolean created, List<String> updateFields)"));
            } else if (a instanceof PreDelete) {
                preDelete.add(adapt(type, m, DELETE, List.of(), "@PreDelete", null));
            } else {
                postDelete.add(adapt(type, m, DELETE, List.of(), "@PostDelete", null));
            }
        }
        List<ModelListeners> chain = new ArrayList<>();
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            chain.add(ListenerRegistry.of(hierarchy.get(i)));
        }
        return new LifecycleHooks(preSave, postSave, preDelete, postDelete, chain);
    }

    private static Annotation lifecycleAnnotation(Method m) {
        Annotation found = null;
        for (Annotation a : m.getDeclaredAnnotations()) {
            if (!a.annotationType().getPackageName().equals(SIGNALS)) {
                continue; // @Override, @Test ...: nothing of ours, and no class loaded to find that out
            }
            if (a instanceof PreSave || a instanceof PostSave || a instanceof PreDelete || a instanceof PostDelete) {
                if (found != null) {
                    throw new ConfigurationException(where(m) + "a method takes one lifecycle annotation, found @"
                            + found.annotationType().getSimpleName() + " and @" + a.annotationType().getSimpleName());
                }
                found = a;
            }
        }
        return found;
    }

    /**
     * The method as a handle of the event's shape: the instance first, then the event's arguments,
     * which a no-argument method drops.
     */
    private static MethodHandle adapt(Class<?> type, Method m, MethodType shape, List<Class<?>> full, String annotation,
                                      String fullForm) {
        Class<?>[] params = m.getParameterTypes();
        boolean none = params.length == 0;
        boolean all = Arrays.asList(params).equals(full);
        if (Modifier.isStatic(m.getModifiers()) || !none && !all) {
            throw new ConfigurationException(where(m) + annotation + " needs an instance method taking no arguments"
                    + (fullForm == null ? "" : " or " + fullForm) + ", found " + (Modifier.isStatic(m.getModifiers())
                    ? "a static method" : "parameters " + Arrays.stream(params).map(Class::getSimpleName).toList()));
        }
        for (Class<?> thrown : m.getExceptionTypes()) {
            if (!RuntimeException.class.isAssignableFrom(thrown) && !Error.class.isAssignableFrom(thrown)) {
                throw new ConfigurationException(where(m) + annotation + " methods may not declare checked exceptions"
                        + " (it declares " + thrown.getSimpleName() + "); throw an unchecked one instead");
            }
        }
        try {
            MethodHandle handle = Lookups.privateLookup(m.getDeclaringClass()).unreflect(m);
            handle = handle.asType(handle.type().changeReturnType(void.class).changeParameterType(0, Model.class));
            if (none) {
                handle = MethodHandles.dropArguments(handle, 1, shape.parameterList().subList(1, shape.parameterCount()));
            }
            return handle.asType(shape);
        } catch (IllegalAccessException e) {
            throw new ConfigurationException(where(m) + "cannot access " + annotation + " method: " + e.getMessage()
                    + " (model " + type.getName() + ")", e);
        }
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.toString(m.getParameterTypes());
    }

    private static String where(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(): ";
    }
}
