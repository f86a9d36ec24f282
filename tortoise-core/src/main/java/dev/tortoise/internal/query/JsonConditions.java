package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.JsonPath;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.SqlDialect.JsonScalar;
import dev.tortoise.spi.SqlWriter;
import dev.tortoise.spi.ValueCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The conditions of JSON lookups: {@code data__contains} and {@code data__contained_by} (JSON
 * containment, the value written as JSON by the field's codec and bound once), and key paths
 * ({@code data__owner__name}, {@code data__size__gt}) followed by the usual lookups.
 *
 * <p>At a key path the Java value decides how the JSON value there is compared: a number
 * numerically with JSON numbers, a string (or an enum's name, a UUID's text) as text with JSON
 * strings, a Boolean with {@code true}/{@code false}; a JSON value of another type never matches
 * (except {@code not} and {@code not_in}, which match it, as they match a missing key). Each
 * such comparison is true or false, never NULL ({@code (...) IS TRUE}), so {@code exclude} gives
 * exactly the rows that {@code filter} leaves out. A null
 * value, and {@code isnull}, match a missing key or JSON {@code null}. Text lookups
 * ({@code icontains}, {@code startswith}, ...) match JSON strings. {@code contains} and
 * {@code contained_by} always test JSON containment, of the whole document or of the value at the
 * path ({@code data__tags__contains "red"} finds {@code "red"} in the array {@code tags}); a
 * substring of a JSON string is {@code icontains} (or a regular expression). The dialect writes the SQL ({@link SqlDialect#jsonValue},
 * {@link SqlDialect#jsonIsNull}, {@link SqlDialect#jsonContains}).
 */
final class JsonConditions {

    /** Writes a text lookup of a column given as text (a stand-in: see {@link SqlText#COLUMN}). */
    interface TextMatch {
        void write(SqlWriter out, String column);
    }

    private final SqlDialect dialect;
    private final ValueCodec codec;
    private final String database;

    JsonConditions(SqlDialect dialect, ValueCodec codec, String database) {
        this.dialect = dialect;
        this.codec = codec;
        this.database = database;
    }

    /** Whether a lookup is a JSON one: a key path, or containment on a whole JSON field. */
    static boolean applies(Target t, Operator op) {
        return t.jsonPath() != null || t.computed() == null && t.field() != null && t.field().kind() == FieldKind.JSON
                && (op == Operator.CONTAINS || op == Operator.CONTAINED_BY);
    }

    /**
     * The condition of a JSON lookup.
     *
     * @throws ParamsException when the value cannot be compared that way, or the database has no
     *         JSON lookups
     */
    SqlText compile(Target t, Operator op, Object value, TextMatch textMatch) {
        JsonPath path = new JsonPath(t.sql(), t.jsonPath() == null ? List.of() : t.jsonPath(), t.path(), database);
        SqlText out = new SqlText();
        switch (op) {
            case CONTAINS, CONTAINED_BY -> {
                if (value == null) {
                    throw new ParamsException("The lookup '" + t.path() + "' needs a JSON value (a map, a list, a"
                            + " number, a string or a boolean), got null");
                }
                dialect.jsonContains(out, path, codec.toDb(t.field(), value), op == Operator.CONTAINED_BY);
            }
            case ISNULL, NOT_ISNULL -> {
                if (!(value instanceof Boolean b)) {
                    throw new ParamsException("The lookup '" + t.path() + "' takes true or false, got " + value);
                }
                isNull(out, path, b == (op == Operator.ISNULL));
            }
            case EXACT, NOT -> {
                if (value == null) {
                    isNull(out, path, op == Operator.EXACT);
                } else if (op == Operator.EXACT) {
                    compare(out, path, "=", value);
                } else {
                    SqlText expr = scalar(path, kindOf(t.path(), value));
                    out.append("(").append(expr).append("<>").param(bound(value)).append(" OR ").append(expr)
                            .append(" IS NULL)");
                }
            }
            case GT, GTE, LT, LTE -> compare(out, path, switch (op) {
                case GT -> ">";
                case GTE -> ">=";
                case LT -> "<";
                default -> "<=";
            }, ordered(t, value));
            case IN, NOT_IN -> in(out, t, path, ConditionCompiler.values(t, value), op == Operator.NOT_IN);
            case RANGE -> {
                List<?> bounds = ConditionCompiler.values(t, value);
                if (bounds.size() != 2) {
                    throw new ParamsException("The lookup '" + t.path() + "' takes two values (low and high), got "
                            + bounds.size());
                }
                JsonScalar kind = sameKind(t, bounds);
                ordered(t, bounds.get(0));
                out.append(scalar(path, kind)).append(" BETWEEN ").param(bound(bounds.get(0))).append(" AND ")
                        .param(bound(bounds.get(1)));
            }
            default -> text(out, path, textMatch);
        }
        boolean mayBeNull = switch (op) {
            case CONTAINS, CONTAINED_BY, ISNULL, NOT_ISNULL, NOT, NOT_IN -> false;
            case EXACT -> value != null;
            case IN -> !out.sql().equals("1=0");
            default -> true;
        };
        return mayBeNull ? new SqlText().append("(").append(out).append(") IS TRUE") : out;
    }

    private void text(SqlText out, JsonPath path, TextMatch textMatch) {
        SqlText written = new SqlText();
        textMatch.write(written, SqlText.COLUMN);
        out.append(written.spliceColumn(scalar(path, JsonScalar.TEXT)));
    }

    private void isNull(SqlText out, JsonPath path, boolean isNull) {
        if (!isNull) {
            out.append("NOT (");
        }
        dialect.jsonIsNull(out, path);
        if (!isNull) {
            out.append(")");
        }
    }

    private void compare(SqlText out, JsonPath path, String operator, Object value) {
        JsonScalar kind = kindOf(path.lookup(), value);
        out.append(scalar(path, kind)).append(operator).param(bound(value));
    }

    private void in(SqlText out, Target t, JsonPath path, List<?> values, boolean not) {
        if (values.isEmpty()) {
            out.append(not ? "1=1" : "1=0");
            return;
        }
        SqlText expr = scalar(path, sameKind(t, values));
        out.append(not ? "(" : "").append(expr).append(not ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").param(bound(values.get(i)));
        }
        out.append(")");
        if (not) {
            out.append(" OR ").append(expr).append(" IS NULL)");
        }
    }

    private SqlText scalar(JsonPath path, JsonScalar kind) {
        SqlText expr = new SqlText();
        dialect.jsonValue(expr, path, kind);
        return expr;
    }

    /** A value for {@code gt}, {@code lt} and {@code range}: a number or text, which have an order. */
    private static Object ordered(Target t, Object value) {
        if (kind(value) == JsonScalar.BOOLEAN || value == null) {
            throw new ParamsException("The lookup '" + t.path() + "' compares the JSON value at its path with a"
                    + " number or a string, got " + (value == null ? "null" : value) + "; use __exact for true, false"
                    + " and __isnull for null");
        }
        kindOf(t.path(), value);
        return value;
    }

    private static JsonScalar sameKind(Target t, List<?> values) {
        JsonScalar first = kindOf(t.path(), values.getFirst());
        for (Object value : values) {
            if (kindOf(t.path(), value) != first) {
                throw new ParamsException("The lookup '" + t.path() + "' takes values of one JSON type (all"
                        + " numbers, all strings or all booleans), got " + values);
            }
        }
        return first;
    }

    /** The JSON type a value compares with; see the class comment. */
    private static JsonScalar kindOf(String lookup, Object value) {
        JsonScalar kind = kind(value);
        if (kind == null) {
            String got = value == null ? "null" : value.getClass().getSimpleName();
            throw new ParamsException("The lookup '" + lookup + "' compares the JSON value at its path with a number,"
                    + " a string or a boolean, got " + got + (value instanceof Map<?, ?> || value instanceof Collection<?>
                    ? "; to match a map or a list inside the document, use __contains or __contained_by" : ""));
        }
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            throw new ParamsException("The lookup '" + lookup + "' got " + value + ", which no JSON number is");
        }
        return kind;
    }

    private static JsonScalar kind(Object value) {
        return switch (value) {
            case Number ignored -> JsonScalar.NUMBER;
            case Boolean ignored -> JsonScalar.BOOLEAN;
            case CharSequence ignored -> JsonScalar.TEXT;
            case Character ignored -> JsonScalar.TEXT;
            case Enum<?> ignored -> JsonScalar.TEXT;
            case UUID ignored -> JsonScalar.TEXT;
            case null, default -> null;
        };
    }

    /**
     * The value as bound: text kinds as their text (an enum by name, as Jackson writes it); a big
     * number as a long when it is whole and fits, else a double, which every database compares
     * with its JSON numbers (a {@code BigDecimal} would reach SQLite as text).
     */
    private static Object bound(Object value) {
        return switch (value) {
            case BigDecimal d -> exact(d);
            case BigInteger i -> exact(new BigDecimal(i));
            case Enum<?> e -> e.name();
            case CharSequence text -> text.toString();
            case Character c -> c.toString();
            case UUID uuid -> uuid.toString();
            default -> value;
        };
    }

    private static Number exact(BigDecimal d) {
        try {
            return d.longValueExact();
        } catch (ArithmeticException notWholeOrTooBig) {
            return d.doubleValue();
        }
    }
}
