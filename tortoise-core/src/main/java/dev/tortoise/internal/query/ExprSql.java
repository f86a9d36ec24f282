package dev.tortoise.internal.query;

import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.types.PlainFieldInfo;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.SqlFunction;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compiles any {@link Expr} of one query into SQL with its values bound, the type its values are
 * read as, whether it aggregates, and the columns it reads: what annotations, {@code aggregate()},
 * CASE results, function arguments and filter operands need. Field paths resolve through the
 * query's {@link PathResolver} (joining what they cross), conditions through its
 * {@link ConditionCompiler}, arithmetic through {@link ExprCompiler} (which type-checks it);
 * every piece of per-database text comes from the {@link SqlDialect}.
 */
final class ExprSql {
    /** Functions whose arguments must be text. */
    private static final Set<SqlFunction> TEXT_FUNCTIONS = Set.of(SqlFunction.LOWER, SqlFunction.UPPER,
            SqlFunction.TRIM, SqlFunction.LENGTH, SqlFunction.SUBSTRING);
    private static final PlainFieldInfo NOW = new PlainFieldInfo("(expression)", "Now.of()", "now", FieldKind.DATETIME,
            OffsetDateTime.class);

    private final QueryContext ctx;
    private final PathResolver resolver;
    private final ConditionCompiler conditions;
    private final ExprCompiler arithmetic;
    private final Subqueries subqueries;

    /**
     * The expression compiler of one query; wires itself into the resolver (for annotations) and
     * the condition compiler (for operands).
     *
     * @param depth 0 for a statement, one more for each enclosing subquery (it names the subquery's tables)
     */
    ExprSql(QueryContext ctx, PathResolver resolver, ConditionCompiler conditions, int depth) {
        this.ctx = ctx;
        this.resolver = resolver;
        this.conditions = conditions;
        this.arithmetic = conditions.expressions();
        this.subqueries = new Subqueries(ctx, resolver, depth);
        resolver.use(this);
        conditions.use(this);
    }

    /** The compilers of one query (or subquery) over {@code joins}, wired together. */
    static ConditionCompiler compilers(QueryContext ctx, Joins joins, java.util.Map<String, Expr> annotations,
                                       PathResolver outer, int depth) {
        PathResolver resolver = new PathResolver(ctx.meta, joins, ctx.codec, annotations, outer);
        ConditionCompiler conditions = new ConditionCompiler(resolver, ctx.sql, new DatePartSql(ctx), ctx.connection);
        new ExprSql(ctx, resolver, conditions, depth);
        return conditions;
    }

    /**
     * Compiles an expression.
     *
     * @throws FieldException for a name that is no field, relation or annotation
     * @throws ParamsException for an expression this database or this place cannot take
     */
    Computed compile(Expr expr) {
        return switch (expr) {
            case Expr.FieldRef ref -> field(ref.path());
            case Expr.Value v -> value(v.value());
            case Expr.Arithmetic a -> arithmetic(a);
            case Expr.Call c -> call(c);
            case Expr.Cast c -> cast(c);
            case Expr.Now n -> now();
            case Expr.Aggregated a -> aggregate(a);
            case Expr.CaseWhen c -> caseWhen(c);
            case Expr.Sub s -> subqueries.select(s, false);
            case Expr.Outer o -> subqueries.outer(o);
            case Expr.Raw r -> raw(r);
        };
    }

    /** A subquery on the right of {@code IN}: wrapped in a derived table where the database cannot limit such a subquery. */
    SqlText inList(Expr.Sub sub) {
        return subqueries.select(sub, true).sql();
    }

    /** {@code EXISTS (SELECT 1 ...)} over the rows of another query, correlated through {@code OuterRef}. */
    SqlText exists(QuerySpec spec) {
        return subqueries.exists(spec);
    }

    private Computed field(String path) {
        Target t = resolver.resolve(path, PathResolver.Usage.VALUES);
        if (t.computed() != null) {
            return t.computed();
        }
        ResultType type = t.field() != null ? new ResultType.OfField(t.field()) : ResultType.RAW;
        return new Computed(new SqlText().append(t.sql()), type, false, List.of(t.sql()));
    }

    private static Computed value(Object value) {
        return new Computed(new SqlText().param(value), ResultTypes.literal(value), false, List.of());
    }

    private Computed arithmetic(Expr.Arithmetic a) {
        SqlText sql = arithmetic.compile(a, null);
        List<ResultType> operands = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean aggregate = false;
        for (Expr leaf : leaves(a, new ArrayList<>())) {
            Computed c = compile(leaf);
            operands.add(c.type());
            columns.addAll(c.columns());
            aggregate |= c.aggregate();
        }
        return new Computed(sql, ResultTypes.number(operands), aggregate, columns);
    }

    /** The operands of nested arithmetic, left to right. */
    private static List<Expr> leaves(Expr e, List<Expr> out) {
        if (e instanceof Expr.Arithmetic a) {
            leaves(a.left(), out);
            leaves(a.right(), out);
        } else {
            out.add(e);
        }
        return out;
    }

    private Computed call(Expr.Call call) {
        List<Computed> args = new ArrayList<>(call.args().size());
        for (Expr arg : call.args()) {
            args.add(compile(arg));
        }
        SqlFunction standard = call.standard();
        if (standard != null && TEXT_FUNCTIONS.contains(standard)) {
            requireText(call, args.getFirst());
        }
        List<String> pieces = standard != null ? ctx.sql.function(standard, args.size()) : byName(call.name(), args.size());
        SqlText sql = new SqlText().append(pieces.getFirst());
        boolean aggregate = false;
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            sql.append(args.get(i).sql()).append(pieces.get(i + 1));
            aggregate |= args.get(i).aggregate();
            columns.addAll(args.get(i).columns());
        }
        return new Computed(sql, ResultTypes.call(standard, args.stream().map(Computed::type).toList()), aggregate, columns);
    }

    /** {@code name(a,b,...)} as {@link SqlDialect#function} pieces: a function called by name, as written. */
    private static List<String> byName(String name, int arity) {
        if (arity == 0) {
            return List.of(name + "()");
        }
        List<String> pieces = new ArrayList<>(arity + 1);
        pieces.add(name + "(");
        for (int i = 1; i < arity; i++) {
            pieces.add(",");
        }
        pieces.add(")");
        return pieces;
    }

    private void requireText(Expr.Call call, Computed arg) {
        FieldMeta field = arg.type().fieldMeta();
        if (field != null && !field.kind().isText()) {
            throw new FieldException(functionName(call) + " takes text, but " + field.modelName() + "." + field.name()
                    + " is a " + field.kind().annotationName() + "; convert it first with Cast.of(\"" + field.name()
                    + "\", String.class)");
        }
    }

    private static String functionName(Expr.Call call) {
        String name = call.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT) + ".of";
    }

    private Computed cast(Expr.Cast cast) {
        Computed value = compile(cast.value());
        SqlDialect.Wrapping form = ctx.sql.cast(cast.javaType());
        if (form == null) {
            throw new ParamsException("Cast.of(..., " + cast.javaType().getSimpleName() + ".class) is not supported on"
                    + " connection '" + ctx.connection.alias() + "' (" + ctx.sql + "); the types are String, Integer,"
                    + " Long, Short, Double, Float, BigDecimal, Boolean and LocalDate");
        }
        SqlText sql = new SqlText().append(form.before()).append(value.sql()).append(form.after());
        return new Computed(sql, new ResultType.OfJava(cast.javaType()), value.aggregate(), value.columns());
    }

    private Computed now() {
        String sql = ctx.sql.now(new SqlDialect.ZoneContext(ctx.runtime.timezone(), ctx.runtime.useTz(),
                ctx.connection.features(), ctx.connection.alias(), "Now.of()"));
        SqlText out = sql != null ? new SqlText().append(sql)
                : new SqlText().param(ctx.codec.toDb(NOW, OffsetDateTime.now(ctx.runtime.timezone())));
        return new Computed(out, new ResultType.OfField(NOW), false, List.of());
    }

    private Computed aggregate(Expr.Aggregated a) {
        String first = a.path().split("__", -1)[0];
        SqlText argument;
        FieldMeta field;
        if (resolver.isAnnotation(first)) {
            Computed inner = field(a.path());
            if (inner.aggregate()) {
                throw new ParamsException(a + ": annotation '" + first + "' is itself an aggregate, and aggregates"
                        + " cannot be nested; aggregate the field it aggregates instead");
            }
            argument = inner.sql();
            field = inner.type().fieldMeta();
        } else {
            Target over = resolver.resolve(a.path(), PathResolver.Usage.AGGREGATE);
            field = over.field();
            argument = new SqlText().append(a.function().equals("COUNT") || field == null ? over.sql()
                    : ctx.codec.comparableColumn(field, over.sql()));
        }
        String distinct = a.distinct() ? "DISTINCT " : "";
        SqlText sql = new SqlText().append(a.function()).append("(").append(distinct);
        if (a.filter() == null) {
            sql.append(argument).append(")");
        } else {
            ConditionCompiler.Compiled condition = conditions.compile(a.filter());
            if (condition.aggregate()) {
                throw new ParamsException(a + ": the filter of an aggregate cannot compare another aggregate");
            }
            if (ctx.sql.aggregateFilter()) {
                sql.append(argument).append(") FILTER (WHERE ").append(condition.sql()).append(")");
            } else {
                sql.append("CASE WHEN ").append(condition.sql()).append(" THEN ").append(argument).append(" END)");
            }
        }
        return new Computed(sql, new ResultType.OfAggregate(a.function(), field), true, List.of());
    }

    private Computed caseWhen(Expr.CaseWhen c) {
        SqlText sql = new SqlText().append("CASE");
        boolean aggregate = false;
        List<String> columns = new ArrayList<>();
        List<ResultType> types = new ArrayList<>();
        for (Expr.Branch branch : c.branches()) {
            ConditionCompiler.Compiled condition = conditions.compile(branch.condition());
            Computed result = compile(branch.result());
            sql.append(" WHEN ").append(condition.sql()).append(" THEN ").append(result.sql());
            aggregate |= condition.aggregate() || result.aggregate();
            columns.addAll(result.columns());
            types.add(result.type());
        }
        if (!(c.otherwise() instanceof Expr.Value v && v.value() == null)) {
            Computed otherwise = compile(c.otherwise());
            sql.append(" ELSE ").append(otherwise.sql());
            aggregate |= otherwise.aggregate();
            columns.addAll(otherwise.columns());
            types.add(otherwise.type());
        }
        return new Computed(sql.append(" END"), ResultTypes.firstTyped(types), aggregate, columns);
    }

    private static Computed raw(Expr.Raw raw) {
        SqlText sql = new SqlText();
        String text = raw.sql();
        int param = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '?') {
                sql.append(text.substring(start, i)).param(raw.params().get(param++));
                start = i + 1;
            }
        }
        sql.append(text.substring(start));
        return new Computed(new SqlText().append("(").append(sql).append(")"), ResultType.RAW, false, List.of());
    }
}
