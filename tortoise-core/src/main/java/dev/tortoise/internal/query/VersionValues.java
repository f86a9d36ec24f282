package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldKind;

/** The values of a {@code @VersionField} in its Java type: 1 on insert, then one more per update. */
final class VersionValues {
    private VersionValues() {
    }

    /** The version of a new row. */
    static Object first(FieldMeta field) {
        return field.kind() == FieldKind.BIGINT ? (Object) 1L : (Object) 1;
    }

    /** The version after an update of a row at {@code current}. */
    static Object next(FieldMeta field, Object current) {
        long next = ((Number) current).longValue() + 1;
        return field.kind() == FieldKind.BIGINT ? (Object) next : (Object) Math.toIntExact(next);
    }
}
