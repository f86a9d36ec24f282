package dev.tortoise.internal.config;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deep, order-keeping, unmodifiable copies of configuration values. Unlike {@link Map#copyOf},
 * these allow null values, which credentials use for "not given" (upstream's {@code None}).
 *
 * <p>Every map they make prints through {@link Secrets#mask}, so a credentials map, or a map
 * nested in one, never shows a password however it is printed. Values nested deeper than
 * {@value #DEEPEST} levels (or a map that contains itself) are refused rather than copied: a
 * configuration is never that deep, and copying, printing or comparing it would exhaust the stack.
 */
public final class Immutables {

    /** The deepest nesting of maps and collections a configuration value may have. */
    public static final int DEEPEST = 32;

    private Immutables() {
    }

    /**
     * An unmodifiable copy in the same order, nested maps and collections copied too.
     *
     * @throws ConfigurationException when a value is nested deeper than {@value #DEEPEST} levels
     */
    public static <V> Map<String, V> copyOf(Map<String, ? extends V> map) {
        Map<String, V> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends V> entry : map.entrySet()) {
            @SuppressWarnings("unchecked")
            V value = (V) deepCopy(entry.getValue(), 1);
            copy.put(entry.getKey(), value);
        }
        return new MaskedMap<>(copy);
    }

    /**
     * Maps and collections become unmodifiable copies (a collection becomes a list); other values are kept.
     *
     * @throws ConfigurationException when the value is nested deeper than {@value #DEEPEST} levels
     */
    public static Object deepCopy(Object value) {
        return deepCopy(value, 0);
    }

    private static Object deepCopy(Object value, int depth) {
        if (!(value instanceof Map<?, ?>) && !(value instanceof Collection<?>)) {
            return value;
        }
        if (depth >= DEEPEST) {
            throw new ConfigurationException("A configuration value is nested deeper than " + DEEPEST
                    + " levels of maps and lists (or contains itself); flatten it");
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, deepCopy(v, depth + 1)));
            return new MaskedMap<>(copy);
        }
        Collection<?> collection = (Collection<?>) value;
        List<Object> copy = new ArrayList<>(collection.size());
        collection.forEach(v -> copy.add(deepCopy(v, depth + 1)));
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable map that prints with its secrets masked. */
    private static final class MaskedMap<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> entries;

        MaskedMap(Map<K, V> entries) {
            this.entries = Collections.unmodifiableMap(entries);
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public V get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public String toString() {
            return Secrets.mask(this);
        }
    }
}
