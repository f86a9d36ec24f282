package dev.tortoise.bench.crud.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The values of shape 3's NOT NULL column groups (1 and 3), upstream's Python-side defaults. Every
 * contender writes these same values; none is a DDL default.
 */
public final class WideDefaults {

    public static final double FLOAT = 2.2;
    public static final short SMALLINT = 2;
    public static final int INT = 2_000_000;
    public static final long BIGINT = 99_999_999L;
    public static final String CHAR = "value1";
    public static final String TEXT = "Moo,Foo,Baa,Waa,Moo,Foo,Baa,Waa,Moo,Foo,Baa,Waa";
    public static final BigDecimal DECIMAL = new BigDecimal("2.2");
    /** {@code {"a": 1, "b": "b", "c": [2], "d": {"e": 3}, "f": true}}; immutable, shared by every row. */
    public static final Map<String, Object> JSON = Map.of("a", 1, "b", "b", "c", java.util.List.of(2),
            "d", Map.of("e", 3), "f", true);

    private WideDefaults() {
    }
}
