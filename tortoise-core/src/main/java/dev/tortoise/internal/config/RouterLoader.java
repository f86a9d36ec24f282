package dev.tortoise.internal.config;

import dev.tortoise.Router;
import dev.tortoise.exceptions.ConfigurationException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns configured routers (instances, classes or class names) into {@link Router} instances, once,
 * at init. Errors keep upstream's {@code Can't import router from `<path>`} wording and say why.
 */
public final class RouterLoader {

    private RouterLoader() {
    }

    /**
     * Checks the shape of each entry without loading anything.
     *
     * @throws ConfigurationException for an entry that is neither a Router, a Router class nor a
     *     non-empty class name, naming its position
     */
    public static void check(List<?> routers) {
        for (int i = 0; i < routers.size(); i++) {
            Object entry = routers.get(i);
            boolean ok = entry instanceof Router
                    || entry instanceof Class<?> type && Router.class.isAssignableFrom(type)
                    || entry instanceof String name && !name.isBlank();
            if (!ok) {
                String got = entry == null ? "null"
                        : entry instanceof Class<?> type ? "class " + type.getName() + ", which does not implement "
                                + Router.class.getName()
                        : entry instanceof String ? "an empty string" : "a " + entry.getClass().getName();
                throw new ConfigurationException("Router must be a Router instance, a Router class or a class"
                        + " name, got " + got + " at routers[" + i + "]");
            }
        }
    }

    /**
     * Loads every router, in order, with the thread's context class loader (falling back to this
     * class's loader). A nested class may be named with {@code .} or {@code $}.
     *
     * @throws ConfigurationException {@code Can't import router from `<name>`} when the class is
     *     missing, is not a Router, or cannot be constructed with a public no-argument constructor
     */
    public static List<Router> load(List<?> routers) {
        check(routers);
        List<Router> loaded = new ArrayList<>(routers.size());
        for (Object entry : routers) {
            if (entry instanceof Router router) {
                loaded.add(router);
            } else if (entry instanceof Class<?> type) {
                loaded.add(instantiate(type.getName(), type));
            } else {
                String name = ((String) entry).strip();
                loaded.add(instantiate(name, findClass(name)));
            }
        }
        return List.copyOf(loaded);
    }

    /** How an entry shows in {@code toString()}: a class name for classes and instances. */
    public static String describe(Object entry) {
        if (entry instanceof Class<?> type) {
            return type.getName();
        }
        return entry instanceof String name ? name : entry.getClass().getName();
    }

    private static Class<?> findClass(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : RouterLoader.class.getClassLoader();
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0 || e instanceof LinkageError) {
                    throw new ConfigurationException("Can't import router from `" + name + "`: no such class"
                            + " (give its fully qualified name, e.g. com.example.PrimaryReplicaRouter)", e);
                }
                // a nested class written with a dot: Outer.Inner is Outer$Inner
                candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            }
        }
    }

    private static Router instantiate(String name, Class<?> type) {
        if (!Router.class.isAssignableFrom(type)) {
            throw new ConfigurationException("Can't import router from `" + name + "`: " + type.getName()
                    + " does not implement " + Router.class.getName());
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return (Router) constructor.newInstance();
        } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
            throw new ConfigurationException("Can't import router from `" + name + "`: it needs a public"
                    + " no-argument constructor, in a public class whose package is exported to dev.tortoise", e);
        } catch (InvocationTargetException e) {
            throw new ConfigurationException("Can't import router from `" + name + "`: its constructor threw "
                    + e.getCause(), e.getCause());
        }
    }
}
