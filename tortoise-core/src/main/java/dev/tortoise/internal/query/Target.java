package dev.tortoise.internal.query;

import dev.tortoise.spi.DatePart;
import dev.tortoise.internal.meta.FieldMeta;

/**
 * What a lookup, ordering term or values path resolved to: an SQL column (quoted and qualified)
 * or a computed annotation, the field whose type its values have, and the operator that follows.
 *
 * @param path          the path as written
 * @param sql           the column; for an annotation, its SQL text (use {@code computed} for its values)
 * @param field         the field whose codec converts values of the expression; null when none does
 * @param instanceField where a model instance given as a value keeps the compared key; null when
 *                      the path does not end on a relation
 * @param operator      the comparison suffix, or null when none was written
 * @param datePart      a date part applied before comparing, or null
 * @param computed      the compiled expression when the path names an annotation, else null
 * @param jsonPath      the keys (strings) and array indexes (integers) under a JSON field that the
 *                      lookup reads ({@code data__owner__name}), or null when it reads no key path
 */
record Target(String path, String sql, FieldMeta field, FieldMeta instanceField, Operator operator,
              DatePart datePart, Computed computed, java.util.List<Object> jsonPath) {

    /** A target that reads no key path inside a JSON field. */
    Target(String path, String sql, FieldMeta field, FieldMeta instanceField, Operator operator,
           DatePart datePart, Computed computed) {
        this(path, sql, field, instanceField, operator, datePart, computed, null);
    }

    /** Whether the path names an aggregating annotation (compared in HAVING). */
    boolean aggregate() {
        return computed != null && computed.aggregate();
    }

    /** How the values of this target are read. */
    ResultType type() {
        return computed != null ? computed.type() : field != null ? new ResultType.OfField(field) : ResultType.RAW;
    }
}
