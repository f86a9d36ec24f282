package dev.tortoise.internal.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, order-keeping, unmodifiable copies of configuration values. Unlike {@link Map#copyOf},
 * these allow null values, which credentials use for "not given" (upstream's {@code None}).
 */
public final class Immutables {

    private Immutables() {
    }

    /** An unmodifiable copy in the same order, nested maps and collections copied too. */
    public static <V> Map<String, V> copyOf(Map<String, ? extends V> map) {
        Map<String, V> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            @SuppressWarnings("unchecked")
            V value = (V) deepCopy(entry.getValue());
            copy.put(entry.getKey(), value);
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Maps and collections become unmodifiable copies (a collection becomes a list); other values are kept. */
    public static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(v -> copy.add(deepCopy(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
