package dev.tortoise.internal.query;

import dev.tortoise.spi.DatePart;
import dev.tortoise.functions.Aggregate;
import dev.tortoise.internal.meta.FieldMeta;

/**
 * What a lookup, ordering term or values path resolved to: an SQL expression (a quoted, qualified
 * column or an aggregate), the field whose type its values have, and the operator that follows.
 *
 * @param path          the path as written
 * @param sql           the column or aggregate expression
 * @param field         the field whose codec converts values of the expression; null for COUNT
 * @param instanceField where a model instance given as a value keeps the compared key; null when
 *                      the path does not end on a relation
 * @param operator      the comparison suffix, or null when none was written
 * @param datePart      a date part applied before comparing, or null
 * @param aggregate     the aggregate when the path names an annotation, else null
 */
record Target(String path, String sql, FieldMeta field, FieldMeta instanceField, Operator operator,
              DatePart datePart, Aggregate aggregate) {
}
