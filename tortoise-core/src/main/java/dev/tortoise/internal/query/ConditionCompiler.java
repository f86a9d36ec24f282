package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.types.TextValues;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyHolders;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.SqlWriter;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.runtime.ConnectionRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Turns {@link Condition}s into SQL with bound values. Every value passes through the connection's
 * codec for the field it is compared with; columns are compared through the codec's comparable
 * form (SQLite compares decimals as numbers); user text in pattern lookups is literal. JSON key
 * paths and JSON containment are compiled by {@link JsonConditions}.
 */
final class ConditionCompiler {

    /** A compiled condition; {@code aggregate} when it refers to an annotation and belongs in HAVING. */
    record Compiled(SqlText sql, boolean aggregate) {
    }

    /** What an array column may be compared with. */
    private static final java.util.Set<Operator> ARRAY_OPERATORS = java.util.EnumSet.of(Operator.EXACT, Operator.NOT,
            Operator.ISNULL, Operator.NOT_ISNULL, Operator.CONTAINS, Operator.CONTAINED_BY, Operator.OVERLAP);

    private final PathResolver resolver;
    private final SqlDialect dialect;
    private final ExprCompiler expressions;
    private final DatePartSql dateParts;
    private final JsonConditions json;
    private final ConnectionRuntime connection;

    private ExprSql computed;

    /** @param connection the connection the SQL is for, named by errors (and its platform, by the messages of lookups it lacks) */
    ConditionCompiler(PathResolver resolver, SqlDialect dialect, DatePartSql dateParts, ConnectionRuntime connection) {
        this.resolver = resolver;
        this.dialect = dialect;
        this.expressions = new ExprCompiler(resolver, dialect);
        this.dateParts = dateParts;
        this.connection = connection;
        this.json = new JsonConditions(dialect, resolver.codec(), connection.platform().name());
    }

    /** Compiles the expressions that are not arithmetic (subqueries, functions, CASE ...) with {@code computed}. */
    void use(ExprSql computed) {
        this.computed = computed;
        expressions.use(computed);
    }

    /** The arithmetic compiler of this query. */
    ExprCompiler expressions() {
        return expressions;
    }

    PathResolver resolver() {
        return resolver;
    }

    Compiled compile(Condition condition) {
        return switch (condition) {
            case Condition.Leaf leaf -> leaf(leaf);
            case Condition.Not not -> {
                Compiled inner = compile(not.inner());
                yield new Compiled(new SqlText().append("NOT (").append(inner.sql()).append(")"), inner.aggregate());
            }
            case Condition.Junction junction -> junction(junction);
            case Condition.Linked linked -> new Compiled(linked(linked), false);
            case Condition.Exists exists -> new Compiled(computed.exists(exists.spec()), false);
        };
    }

    private Compiled junction(Condition.Junction junction) {
        if (junction.parts().isEmpty()) {
            return new Compiled(new SqlText().append(junction.and() ? "1=1" : "1=0"), false);
        }
        SqlText out = new SqlText().append("(");
        boolean aggregate = false;
        for (int i = 0; i < junction.parts().size(); i++) {
            Compiled part = compile(junction.parts().get(i));
            out.append(i == 0 ? "" : junction.and() ? " AND " : " OR ").append(part.sql());
            aggregate |= part.aggregate();
        }
        return new Compiled(out.append(")"), aggregate);
    }

    private SqlText linked(Condition.Linked linked) {
        ManyToManyMeta m2m = linked.relation();
        Joins joins = resolver.joins();
        SqlText out = new SqlText().append(joins.column(joins.root(), m2m.target().pk().column()))
                .append(" IN (SELECT ").append(dialect.quote(m2m.forwardKey())).append(" FROM ")
                .append(joins.table(m2m.model().schema(), m2m.through())).append(" WHERE ")
                .append(dialect.quote(m2m.backwardKey()));
        inList(out, linked.ownerKeys(), m2m.model().pk());
        return out.append(")");
    }

    private Compiled leaf(Condition.Leaf leaf) {
        Target t = resolver.resolve(leaf.lookup(), PathResolver.Usage.FILTER);
        if (t.computed() != null) {
            // compiled around a stand-in column, then the annotation's SQL and values are put in its place
            Target marked = new Target(t.path(), SqlText.COLUMN, t.field(), t.instanceField(), t.operator(),
                    t.datePart(), t.computed());
            Compiled c = leaf(marked, leaf.value());
            return new Compiled(c.sql().spliceColumn(t.computed().sql()), c.aggregate());
        }
        return leaf(t, leaf.value());
    }

    private Compiled leaf(Target t, Object leafValue) {
        Operator op = t.operator() == null ? Operator.EXACT : t.operator();
        Object value = ForeignKeyHolders.unwrap(leafValue);
        String column = t.sql();
        if (t.datePart() != null) {
            column = dateParts.of(t.datePart(), t.field(), column, t.path());
        }
        String compared = t.datePart() == null && t.field() != null && t.computed() == null
                ? resolver.codec().comparableColumn(t.field(), column) : column;
        if (JsonConditions.applies(t, op)) {
            return new Compiled(json.compile(t, op, value, (writer, text) -> pattern(writer, t, op, text, value)), false);
        }
        SqlText out = new SqlText();
        boolean array = t.field() != null && t.field().kind() == FieldKind.ARRAY && t.computed() == null;
        if (array && (op == Operator.CONTAINS || op == Operator.CONTAINED_BY || op == Operator.OVERLAP)) {
            if (value == null) {
                throw new ParamsException("The lookup '" + t.path() + "' needs a list of values, got null");
            }
            dialect.arrayMatch(out, column, switch (op) {
                case CONTAINS -> SqlDialect.ArrayMatch.CONTAINS;
                case CONTAINED_BY -> SqlDialect.ArrayMatch.CONTAINED_BY;
                default -> SqlDialect.ArrayMatch.OVERLAP;
            }, bind(t, value));
            return new Compiled(out, false);
        }
        if (array ? !ARRAY_OPERATORS.contains(op) : op == Operator.CONTAINED_BY || op == Operator.OVERLAP) {
            throw new ParamsException("The lookup '" + t.path() + "' does not apply to " + (array
                    ? "array fields, whose lookups are exact, not, isnull, not_isnull, contains, contained_by and overlap"
                    : "a field that is not an array (contained_by and overlap are for @ArrayField fields)"));
        }
        switch (op) {
            case EXACT -> {
                if (value == null) {
                    out.append(column).append(" IS NULL");
                } else {
                    out.append(compared).append("=").append(operand(t, value));
                }
            }
            case NOT -> {
                if (value == null) {
                    out.append(column).append(" IS NOT NULL");
                } else {
                    // Upstream: "not equal" also matches NULL, as a Python reader expects.
                    out.append("(").append(compared).append("<>").append(operand(t, value)).append(" OR ")
                            .append(column).append(" IS NULL)");
                }
            }
            case IN -> {
                if (value instanceof Expr.Sub sub) {
                    out.append(compared).append(" IN ").append(computed.inList(sub));
                } else {
                    out.append(inList(new SqlText().append(compared), values(t, value), t));
                }
            }
            case NOT_IN -> {
                if (value instanceof Expr.Sub sub) {
                    out.append("(").append(compared).append(" NOT IN ").append(computed.inList(sub)).append(" OR ")
                            .append(column).append(" IS NULL)");
                    break;
                }
                List<?> values = values(t, value);
                if (values.isEmpty()) {
                    out.append("1=1");
                } else {
                    out.append("(").append(compared).append(" NOT").append(inList(new SqlText(), values, t))
                            .append(" OR ").append(column).append(" IS NULL)");
                }
            }
            case ISNULL, NOT_ISNULL -> out.append(column)
                    .append(truthy(t, value) == (op == Operator.ISNULL) ? " IS NULL" : " IS NOT NULL");
            case GT -> out.append(compared).append(">").append(operand(t, value));
            case GTE -> out.append(compared).append(">=").append(operand(t, value));
            case LT -> out.append(compared).append("<").append(operand(t, value));
            case LTE -> out.append(compared).append("<=").append(operand(t, value));
            case RANGE -> {
                List<?> bounds = values(t, value);
                if (bounds.size() != 2) {
                    throw new ParamsException("The lookup '" + t.path() + "' takes two values (low and high), got "
                            + bounds.size());
                }
                out.append(compared).append(" BETWEEN ").param(bind(t, bounds.get(0))).append(" AND ")
                        .param(bind(t, bounds.get(1)));
            }
            case SEARCH -> new SearchLookup(dialect, connection).compile(out, t, column, value);
            default -> pattern(out, t, op, column, value);
        }
        return new Compiled(out, t.aggregate() || value instanceof Expr expr && !(expr instanceof Expr.Sub)
                && computed.compile(expr).aggregate());
    }

    private void pattern(SqlWriter out, Target t, Operator op, String column, Object value) {
        if (value == null) {
            throw new ParamsException("The lookup '" + t.path() + "' needs a text value, got null");
        }
        String text = value.toString();
        int lone = TextValues.loneSurrogate(text);
        if (lone >= 0) {
            throw new ValidationException("The lookup '" + t.path() + "' got text that is not valid Unicode: half of a"
                    + " UTF-16 surrogate pair at index " + lone + ", which no stored text can hold");
        }
        boolean isText = t.jsonPath() != null || (t.computed() != null ? t.computed().type().javaType() == String.class
                : t.field() != null && t.field().kind().isText());
        String col = isText ? column : dialect.asText(column);
        switch (op) {
            case CONTAINS -> dialect.patternMatch(out, col, text, true, true, false);
            case STARTSWITH -> dialect.patternMatch(out, col, text, false, true, false);
            case ENDSWITH -> dialect.patternMatch(out, col, text, true, false, false);
            case ICONTAINS -> dialect.patternMatch(out, col, text, true, true, true);
            case ISTARTSWITH -> dialect.patternMatch(out, col, text, false, true, true);
            case IENDSWITH -> dialect.patternMatch(out, col, text, true, false, true);
            case IEXACT -> out.append("UPPER(").append(col).append(")=UPPER(").param(text).append(")");
            case POSIX_REGEX -> dialect.regexMatch(out, col, text);
            case IPOSIX_REGEX -> dialect.regexMatch(out, col, text, true);
            default -> throw new IllegalStateException(op.name());
        }
    }

    /** The right-hand side of a comparison: an F expression, or a bound value. */
    private SqlText operand(Target t, Object value) {
        if (value instanceof Expr.Aggregated a) {
            throw new ParamsException("The lookup '" + t.path() + "' compares with the aggregate " + a + " directly;"
                    + " annotate it first and compare with its alias: annotate(\"agg\", ...).filter(\"" + t.path()
                    + "\", F.of(\"agg\"))");
        }
        if (value instanceof Expr expr) {
            return expressions.compile(expr, t.field());
        }
        return new SqlText().param(bind(t, value));
    }

    private SqlText inList(SqlText out, List<?> values, Target t) {
        if (values.isEmpty()) {
            return new SqlText().append("1=0");
        }
        out.append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").param(bind(t, values.get(i)));
        }
        return out.append(")");
    }

    private void inList(SqlText out, Collection<?> keys, FieldMeta field) {
        out.append(" IN (");
        int i = 0;
        for (Object key : keys) {
            out.append(i++ == 0 ? "" : ",").param(resolver.codec().toDb(field, key));
        }
        out.append(")");
    }

    /**
     * A value as the database stores it: a model (or a {@code ForeignKeyRelation}, for the instance
     * it holds) becomes its key, then the field's codec converts it.
     */
    Object bind(Target t, Object value) {
        value = ForeignKeyHolders.unwrap(value);
        if (value instanceof Model model) {
            if (t.instanceField() == null) {
                throw new ParamsException("The lookup '" + t.path() + "' compares a field, not a relation: pass a value,"
                        + " not a " + model.getClass().getSimpleName() + " instance");
            }
            value = t.instanceField().get(model);
            if (value == null) {
                throw new ParamsException("You should first call .save() on " + model.getClass().getSimpleName()
                        + " before referring to it (lookup '" + t.path() + "')");
            }
        }
        if (value == null || t.datePart() != null || t.field() == null) {
            return value;
        }
        return resolver.codec().toDb(t.field(), value);
    }

    /** The values of an {@code in}/{@code range} lookup: a collection or an array. */
    static List<?> values(Target t, Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        throw new ParamsException("The lookup '" + t.path() + "' takes a collection or an array of values, got "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    private static boolean truthy(Target t, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new ParamsException("The lookup '" + t.path() + "' takes true or false, got " + value);
    }
}
