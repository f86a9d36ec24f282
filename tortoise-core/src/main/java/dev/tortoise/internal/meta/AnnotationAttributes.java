package dev.tortoise.internal.meta;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reads attributes that many field annotations share ({@code pk}, {@code nullable}, ...) by name,
 * so one reader serves every annotation. Used at init only; absent attributes give the fallback.
 */
final class AnnotationAttributes {
    private final Annotation annotation;

    AnnotationAttributes(Annotation annotation) {
        this.annotation = annotation;
    }

    boolean bool(String name, boolean fallback) {
        Object value = value(name);
        return value == null ? fallback : (Boolean) value;
    }

    int integer(String name, int fallback) {
        Object value = value(name);
        return value == null ? fallback : (Integer) value;
    }

    String string(String name) {
        Object value = value(name);
        return value == null ? "" : (String) value;
    }

    boolean has(String name) {
        return method(name) != null;
    }

    private Object value(String name) {
        Method method = method(name);
        if (method == null) {
            return null;
        }
        try {
            return method.invoke(annotation);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + annotation, e);
        }
    }

    private Method method(String name) {
        try {
            return annotation.annotationType().getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
