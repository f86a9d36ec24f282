package dev.tortoise.spi;

import dev.tortoise.exceptions.ParamsException;
import java.util.List;

/**
 * Where a JSON lookup of {@link SqlDialect} reads: a JSON column and the keys and array indexes
 * under it. Immutable.
 *
 * @param column   the JSON column, quoted and qualified
 * @param steps    the keys ({@code String}) and array indexes ({@code Integer}) under the column,
 *                 outermost first; empty for the column's whole value
 * @param lookup   the lookup as written ({@code data__owner__name__icontains}), for messages
 * @param database the platform's name, for messages
 */
public record JsonPath(String column, List<Object> steps, String lookup, String database) {

    /** Copies the steps. */
    public JsonPath {
        steps = List.copyOf(steps);
    }

    /** Whether the lookup reads the column's whole value. */
    public boolean isRoot() {
        return steps.isEmpty();
    }

    /**
     * The path in the SQL/JSON syntax MySQL, MariaDB and SQLite read: {@code $."owner"."name"[0]},
     * each key quoted with {@code "} and {@code \} escaped, so a key holding {@code .},
     * {@code $}, quotes or brackets is one key. Meant to be bound, not written into SQL.
     */
    public String dollarPath() {
        StringBuilder out = new StringBuilder("$");
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(".\"");
                appendEscaped(out, step.toString());
                out.append('"');
            }
        }
        return out.toString();
    }

    /**
     * The path as a PostgreSQL {@code text[]} literal ({@code {"owner","name","0"}}), every
     * element quoted with {@code "} and {@code \} escaped. Meant to be bound and cast, not
     * written into SQL.
     */
    public String textArray() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < steps.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"");
            appendEscaped(out, steps.get(i).toString());
            out.append('"');
        }
        return out.append('}').toString();
    }

    /** The error of a database without JSON lookups. */
    public ParamsException unsupported() {
        return new ParamsException("The JSON lookup '" + lookup + "' is not supported on " + database
                + ": key paths, contains and contained_by on a @JSONField need PostgreSQL, MySQL/MariaDB or"
                + " SQLite; filter on a column of its own here instead");
    }

    private static void appendEscaped(StringBuilder out, String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
