package dev.tortoise.internal.query;

import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.types.JavaValues;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.MessageText;
import dev.tortoise.spi.SqlDialect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * Turns {@code F} expressions into SQL: field references become columns (joined when they cross a
 * relation), values are bound, arithmetic is written as the platform says.
 *
 * <p>Arithmetic is type-checked against the fields before any SQL exists: every field it reads
 * must be numeric and every value a number ({@code F.of("name").plus("!")} is a
 * {@link FieldException}, where SQLite and non-strict MySQL would store 0); a value stored in an
 * integer field must be made of integers only (a fraction or a float would be stored as a
 * float), and integer steps use the platform's checked form, so an overflow is an error of the
 * database, never a float.
 */
final class ExprCompiler {
    private static final Set<String> OPERATORS = Set.of("+", "-", "*", "/");

    private final PathResolver resolver;
    private final SqlDialect dialect;
    private ExprSql others;

    ExprCompiler(PathResolver resolver, SqlDialect dialect) {
        this.resolver = resolver;
        this.dialect = dialect;
    }

    /** Compiles the expressions that are not arithmetic (functions, CASE, subqueries ...) with {@code others}. */
    void use(ExprSql others) {
        this.others = others;
    }

    /**
     * Compiles an expression compared with {@code hint} in a filter.
     *
     * <p>Columns appear in their comparable form, since arithmetic and comparisons need numbers
     * even where SQLite keeps decimals as text.
     *
     * @param hint the field whose codec converts non-numeric values in the expression, or null
     */
    SqlText compile(Expr expr, FieldMeta hint) {
        return expr instanceof Expr.Arithmetic a ? arithmetic(a, hint, false) : plain(expr, hint);
    }

    /**
     * Compiles an expression whose value an UPDATE stores in {@code target}.
     *
     * @throws FieldException when the expression does not fit the field's type
     */
    SqlText compileStored(Expr expr, FieldMeta target) {
        if (!(expr instanceof Expr.Arithmetic a)) {
            if (!(expr instanceof Expr.FieldRef) && !(expr instanceof Expr.Value)) {
                Computed c = computed(expr);
                if (c.aggregate()) {
                    throw new FieldException("update() of " + where(target) + " = " + MessageText.cut(expr.toString())
                            + ": an aggregate has no value per row; compute it with aggregate() first and store the value");
                }
                return c.sql();
            }
            if (expr instanceof Expr.FieldRef ref) {
                FieldMeta source = fieldOf(ref);
                if (source != null && source.kind().isNumeric() != target.kind().isNumeric()) {
                    throw new FieldException("update() of " + where(target) + " = " + expr + ": "
                            + where(source) + " is a " + source.kind().annotationName() + ", which "
                            + target.kind().annotationName() + " " + where(target) + " cannot hold");
                }
            }
            return plain(expr, target);
        }
        if (!target.kind().isNumeric()) {
            throw notNumeric(target, a);
        }
        SqlText value = arithmetic(a, target, true);
        if (target.kind() == FieldKind.INT || target.kind() == FieldKind.SMALLINT) {
            boolean small = target.kind() == FieldKind.SMALLINT;
            SqlDialect.ArithmeticForm range = dialect.integerInRange(small ? Short.MIN_VALUE : Integer.MIN_VALUE,
                    small ? Short.MAX_VALUE : Integer.MAX_VALUE);
            return new SqlText().append(range.before()).append(value).append(range.after());
        }
        return value;
    }

    private SqlText plain(Expr expr, FieldMeta hint) {
        return switch (expr) {
            case Expr.FieldRef ref -> {
                Target t = resolver.resolve(ref.path(), PathResolver.Usage.VALUES);
                if (t.computed() != null) {
                    yield t.computed().sql();
                }
                yield new SqlText().append(t.field() != null ? resolver.codec().comparableColumn(t.field(), t.sql())
                        : t.sql());
            }
            case Expr.Value value -> {
                Object v = value.value();
                yield new SqlText().param(v == null || v instanceof Number || hint == null ? v
                        : resolver.codec().toDb(hint, v));
            }
            case Expr.Arithmetic a -> arithmetic(a, hint, false);
            default -> computed(expr).sql();
        };
    }

    private Computed computed(Expr expr) {
        if (others == null) {
            throw new IllegalStateException("no compiler for " + expr);
        }
        return others.compile(expr);
    }

    /** {@code left op right} with both sides checked; {@code stored} when the result goes into {@code hint}. */
    private SqlText arithmetic(Expr.Arithmetic a, FieldMeta hint, boolean stored) {
        if (!OPERATORS.contains(a.operator())) {
            throw new ParamsException("Unknown operator " + a.operator() + " in " + a + "; use + - * /");
        }
        boolean integers = integersOnly(a, hint, stored);
        SqlDialect.ArithmeticForm form = dialect.arithmetic(a.operator(), integers);
        return new SqlText().append(form.before()).append(operand(a.left(), hint, stored, a))
                .append(form.between()).append(operand(a.right(), hint, stored, a)).append(form.after());
    }

    private SqlText operand(Expr operand, FieldMeta hint, boolean stored, Expr.Arithmetic whole) {
        return switch (operand) {
            case Expr.Arithmetic inner -> arithmetic(inner, hint, stored);
            case Expr.FieldRef ref -> {
                FieldMeta field = fieldOf(ref);
                if (field != null && !field.kind().isNumeric()) {
                    throw notNumeric(field, whole);
                }
                yield plain(ref, hint);
            }
            case Expr.Value value -> new SqlText().param(number(value.value(), hint, stored, whole));
            default -> {
                Computed c = computed(operand);
                if (!c.type().numeric() && !(c.type() instanceof ResultType.Raw)) {
                    throw new FieldException("F arithmetic takes numbers and numeric fields, got " + operand
                            + " in " + MessageText.cut(whole.toString()));
                }
                yield c.sql();
            }
        };
    }

    /** A value in arithmetic: a number, converted for the stored field (bounded, integral for integers). */
    private Object number(Object value, FieldMeta hint, boolean stored, Expr.Arithmetic whole) {
        if (!(value instanceof Number number)) {
            throw new FieldException("F arithmetic takes numbers and numeric fields, got "
                    + MessageText.describe(value) + " in " + MessageText.cut(whole.toString())
                    + (hint == null ? "" : " (field " + where(hint) + ")"));
        }
        if (hint == null || !hint.kind().isNumeric()) {
            return number;
        }
        if (stored || number instanceof BigDecimal) {
            // bounded like any value of the field: 1E+100000000 is refused before any arithmetic
            return switch (hint.kind()) {
                case DECIMAL -> JavaValues.decimal(hint, number);
                case FLOAT -> JavaValues.doubleValue(hint, number);
                default -> stored ? JavaValues.longValue(hint, number) : number;
            };
        }
        return number;
    }

    /** Whether every operand is an integer; refused when the result is stored in an integer field and one is not. */
    private boolean integersOnly(Expr.Arithmetic a, FieldMeta hint, boolean stored) {
        boolean integers = integral(a.left()) && integral(a.right());
        boolean integerTarget = hint != null && (hint.kind().isInteger() || hint.kind() == FieldKind.TIMEDELTA);
        if (stored && integerTarget && !integers) {
            throw new FieldException("update() of " + where(hint) + " = " + MessageText.cut(a.toString())
                    + ": an integer field takes integer arithmetic only (integer fields and whole numbers);"
                    + " a fraction or a float here would be stored as a float");
        }
        return integers && (hint == null || integerTarget);
    }

    private boolean integral(Expr expr) {
        return switch (expr) {
            case Expr.Arithmetic inner -> integral(inner.left()) && integral(inner.right());
            case Expr.FieldRef ref -> {
                FieldMeta field = fieldOf(ref);
                yield field != null && (field.kind().isInteger() || field.kind() == FieldKind.TIMEDELTA);
            }
            case Expr.Value value -> value.value() instanceof Integer || value.value() instanceof Long
                    || value.value() instanceof Short || value.value() instanceof Byte
                    || value.value() instanceof BigInteger;
            default -> {
                Class<?> type = computed(expr).type().javaType();
                yield type == Long.class || type == Integer.class || type == Short.class;
            }
        };
    }

    private FieldMeta fieldOf(Expr.FieldRef ref) {
        return resolver.resolve(ref.path(), PathResolver.Usage.VALUES).field();
    }

    private static FieldException notNumeric(FieldMeta field, Expr.Arithmetic whole) {
        return new FieldException("F arithmetic needs numeric fields, but " + where(field) + " is a "
                + field.kind().annotationName() + " (in " + MessageText.cut(whole.toString()) + "); arithmetic works on"
                + " IntField, BigIntField, SmallIntField, DecimalField, FloatField and TimeDeltaField");
    }

    private static String where(FieldMeta field) {
        return field.modelName() + "." + field.name();
    }
}
