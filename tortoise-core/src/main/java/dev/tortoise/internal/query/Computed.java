package dev.tortoise.internal.query;

import java.util.List;

/**
 * An expression compiled for one query.
 *
 * @param sql       its SQL with bound values (reusable: appending copies it)
 * @param type      how its values are read
 * @param aggregate whether it aggregates rows, so that it belongs in HAVING and makes the query grouped
 * @param columns   the plain columns it reads, which a grouped query must group by when the
 *                  expression is selected without being aggregated
 */
record Computed(SqlText sql, ResultType type, boolean aggregate, List<String> columns) {
    Computed {
        columns = List.copyOf(columns);
    }
}
