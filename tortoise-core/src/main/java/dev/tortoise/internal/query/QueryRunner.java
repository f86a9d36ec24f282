package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.InstanceState;

import dev.tortoise.Model;
import dev.tortoise.exceptions.DoesNotExistException;
import dev.tortoise.exceptions.MultipleObjectsReturnedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the terminal operations of a query set: compiles the spec for the connection chosen by
 * {@code usingDb} or the routers, runs it through the client (which joins the calling thread's
 * transaction, if any), and maps the rows. Every method blocks on the database.
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    /** Every matching instance, with {@code selectRelated} and {@code prefetchRelated} relations loaded. */
    @SuppressWarnings("unchecked")
    public static <T extends Model> List<T> list(QuerySpec spec) {
        QueryContext ctx = context(spec);
        SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec.withoutPrefetch()).models();
        List<Map<String, Object>> rows = ctx.client.executeQueryDict(compiled.sql().sql(), compiled.sql().paramArray());
        List<T> result = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            result.add((T) compiled.mapper().map(row));
        }
        if (spec.prefetches() && !result.isEmpty()) {
            Prefetcher.prefetch(result, spec.prefetch(), spec.prefetchQueries(), spec.usingDb());
        }
        return result;
    }

    /**
     * The matching instances, each mapped when its row arrives; see {@code QuerySet.stream()} for
     * what the stream holds. With {@code prefetchRelated} every row is read first, since each
     * relation is loaded with one query for all of them.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Model> Stream<T> stream(QuerySpec spec) {
        if (spec.prefetches()) {
            return QueryRunner.<T>list(spec).stream();
        }
        QueryContext ctx = context(spec);
        SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec).models();
        String sql = compiled.sql().sql();
        Object[] params = compiled.sql().paramArray();
        Stream<Map<String, Object>> rows = ctx.client.streamQueryDict(sql, params);
        return rows.map(row -> (T) compiled.mapper().map(row));
    }

    /** The first instance by the query's ordering, else by primary key. */
    public static <T extends Model> Optional<T> first(QuerySpec spec) {
        QuerySpec ordered = spec;
        if (spec.ordering() == null && context(spec).meta.ordering().isEmpty()
                || spec.ordering() != null && spec.ordering().isEmpty()) {
            ordered = spec.withOrdering(List.of("pk"));
        }
        List<T> rows = list(ordered.withLimit(1));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /**
     * Instances of the rows of a hand-written SELECT ({@code Manager.raw}): columns named as a
     * field's column fill it (converted as any query's), other columns are kept as annotations. An
     * instance that misses fields is partial, as with {@code only()}: its {@code save()} writes only
     * named fields.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Model> List<T> raw(Class<T> model, String sql, Object[] params) {
        QueryContext ctx = QueryContext.read(model, null);
        List<Map<String, Object>> rows = ctx.client.executeQueryDict(sql, params);
        List<T> result = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return result;
        }
        List<RowMapper.Column> columns = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String label : rows.getFirst().keySet()) {
            FieldMeta field = ctx.meta.fieldByColumn(label);
            if (field != null) {
                columns.add(new RowMapper.Column(label, field));
            } else {
                extra.add(label);
            }
        }
        boolean partial = columns.size() < ctx.meta.fields().size();
        RowMapper mapper = new RowMapper(ctx.meta, columns, List.of(), partial, ctx.codec, null);
        for (Map<String, Object> row : rows) {
            Model instance = mapper.map(row);
            InstanceState state = InstanceState.of(instance);
            for (String label : extra) {
                state.annotation(label, row.get(label));
            }
            result.add((T) instance);
        }
        return result;
    }

    /** The last instance by the query's ordering (its reverse taken first), else by primary key. */
    public static <T extends Model> Optional<T> last(QuerySpec spec) {
        List<String> terms = spec.ordering() == null ? context(spec).meta.ordering() : spec.ordering();
        if (terms.isEmpty()) {
            terms = List.of("pk");
        }
        return first(spec.withOrdering(reversed(terms)));
    }

    /**
     * The first instance ordered by {@code fields}: ascending for {@code earliest}, each field
     * reversed for {@code latest} (upstream's {@code earliest}/{@code latest}).
     *
     * @throws ParamsException when no field is given
     */
    public static <T extends Model> Optional<T> byFields(QuerySpec spec, List<String> fields, boolean latest) {
        if (fields.isEmpty()) {
            throw new dev.tortoise.exceptions.ParamsException((latest ? "latest" : "earliest")
                    + "() needs at least one field to order by, for example " + (latest ? "latest" : "earliest")
                    + "(\"created\")");
        }
        return first(spec.withOrdering(latest ? reversed(fields) : fields));
    }

    private static List<String> reversed(List<String> terms) {
        List<String> reversed = new ArrayList<>(terms.size());
        for (String term : terms) {
            reversed.add(term.startsWith("-") ? term.substring(1) : "-" + (term.startsWith("+") ? term.substring(1) : term));
        }
        return reversed;
    }

    /**
     * The only matching instance; see {@code QuerySet.get()}.
     *
     * @throws DoesNotExistException naming the model and the lookup: {@code Post matching id=42 does not exist}
     */
    public static <T extends Model> T get(QuerySpec spec) {
        return QueryRunner.<T>getOrNone(spec).orElseThrow(() -> new DoesNotExistException(notFound(spec)));
    }

    /** The only matching instance or empty; several → {@link MultipleObjectsReturnedException}. */
    public static <T extends Model> Optional<T> getOrNone(QuerySpec spec) {
        List<T> rows = list(spec.limit() == null ? spec.withLimit(2) : spec);
        if (rows.size() > 1) {
            String lookup = LookupText.of(spec.filters());
            throw new MultipleObjectsReturnedException("Multiple objects returned for \""
                    + spec.model().getSimpleName() + "\"" + (lookup.isEmpty() ? "" : " matching " + lookup)
                    + ", expected exactly one");
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** {@code Post matching id=42 does not exist}; upstream's words when the query has no filter. */
    static String notFound(QuerySpec spec) {
        String lookup = LookupText.of(spec.filters());
        String model = spec.model().getSimpleName();
        return lookup.isEmpty() ? "Object \"" + model + "\" does not exist (the query has no filter)"
                : model + " matching " + lookup + " does not exist";
    }

    /** How many rows match (limit, offset, distinct and grouping included). */
    public static long count(QuerySpec spec) {
        QueryContext ctx = context(spec);
        SqlText sql = new SelectCompiler(ctx, spec.withoutPrefetch().withLock(null)).count();
        List<Map<String, Object>> rows = ctx.client.executeQueryDict(sql.sql(), sql.paramArray());
        return ((Number) rows.getFirst().values().iterator().next()).longValue();
    }

    /** Whether any row matches. */
    public static boolean exists(QuerySpec spec) {
        QueryContext ctx = context(spec);
        SqlText sql = new SelectCompiler(ctx, spec.withoutPrefetch().withLock(null)).exists();
        return !ctx.client.executeQueryDict(sql.sql(), sql.paramArray()).isEmpty();
    }

    /** The given paths and annotations of every matching row, converted to Java values, keyed as given. */
    public static List<Map<String, Object>> values(QuerySpec spec, List<String> fields) {
        QueryContext ctx = context(spec);
        SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec.withoutPrefetch()).values(fields);
        ValueReader reader = new ValueReader(compiled.values(), ctx.codec);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : ctx.client.executeQueryDict(compiled.sql().sql(), compiled.sql().paramArray())) {
            result.add(reader.map(row));
        }
        return result;
    }

    /**
     * Every matching row as a record: the components' paths selected in one query (joins for
     * relation paths), no model instances made.
     *
     * @throws dev.tortoise.exceptions.FieldException for a component that names no field, or whose
     *         type cannot hold the field's values
     */
    public static <R extends Record> List<R> records(QuerySpec spec, Class<R> type) {
        RecordShape shape = RecordShape.of(type);
        QueryContext ctx = context(spec);
        SelectCompiler.Compiled compiled;
        try {
            compiled = new SelectCompiler(ctx, spec.withoutPrefetch()).values(shape.paths());
        } catch (dev.tortoise.exceptions.FieldException e) {
            throw shape.unknown(e);
        }
        List<Class<?>> valueTypes = new ArrayList<>();
        for (ValueReader.Column column : compiled.values()) {
            valueTypes.add(column.type() instanceof ResultType.OfField ? column.type().javaType() : null);
        }
        List<java.util.function.Function<Object, Object>> converters = shape.converters(valueTypes, ctx.meta.name());
        ValueReader reader = new ValueReader(compiled.values(), ctx.codec);
        List<R> result = new ArrayList<>();
        for (Map<String, Object> row : ctx.client.executeQueryDict(compiled.sql().sql(), compiled.sql().paramArray())) {
            List<Object> values = reader.list(row);
            Object[] args = new Object[values.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = converters.get(i).apply(values.get(i));
            }
            result.add(type.cast(shape.make(args)));
        }
        return result;
    }

    /** One row of aggregates over the matching rows, keyed by alias. */
    public static Map<String, Object> aggregate(QuerySpec spec, Map<String, Expr> aggregates) {
        QueryContext ctx = context(spec);
        SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec.withoutPrefetch().withLock(null))
                .aggregate(aggregates);
        ValueReader reader = new ValueReader(compiled.values(), ctx.codec);
        List<Map<String, Object>> rows = ctx.client.executeQueryDict(compiled.sql().sql(), compiled.sql().paramArray());
        return reader.map(rows.getFirst());
    }

    /** As {@link #values}, each row a list in the order given. */
    public static List<List<Object>> valuesList(QuerySpec spec, List<String> fields) {
        QueryContext ctx = context(spec);
        SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec.withoutPrefetch()).values(fields);
        ValueReader reader = new ValueReader(compiled.values(), ctx.codec);
        List<List<Object>> result = new ArrayList<>();
        for (Map<String, Object> row : ctx.client.executeQueryDict(compiled.sql().sql(), compiled.sql().paramArray())) {
            result.add(reader.list(row));
        }
        return result;
    }

    /** Sets fields of every matching row; returns the number of rows changed. */
    public static int update(QuerySpec spec, Map<String, Object> values) {
        Unions.refuseWrite(spec, "update()");
        QueryContext ctx = QueryContext.write(spec.model(), spec.usingDb());
        SqlText sql = new ChangeStatements(ctx, spec).update(values);
        return ctx.client.executeUpdate(sql.sql(), sql.paramArray());
    }

    /** Deletes every matching row; returns the number of rows deleted. */
    public static int delete(QuerySpec spec) {
        Unions.refuseWrite(spec, "delete()");
        QueryContext ctx = QueryContext.write(spec.model(), spec.usingDb());
        SqlText sql = new ChangeStatements(ctx, spec).delete();
        return ctx.client.executeUpdate(sql.sql(), sql.paramArray());
    }

    /**
     * The database's plan for the SELECT of model instances, one line per row the EXPLAIN returned
     * (its columns joined by {@code " | "}), logged at INFO on {@code dev.tortoise.explain}.
     */
    public static String explain(QuerySpec spec) {
        QueryContext ctx = context(spec);
        SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec.withoutPrefetch()).models();
        List<Map<String, Object>> rows = ctx.client.executeQueryDict(ctx.sql.explain(compiled.sql().sql()),
                compiled.sql().paramArray());
        StringBuilder plan = new StringBuilder();
        for (Map<String, Object> row : rows) {
            if (!plan.isEmpty()) {
                plan.append('\n');
            }
            plan.append(String.join(" | ", row.values().stream().map(String::valueOf).toList()));
        }
        EXPLAIN_LOG.info("[{}] {}\n{}", ctx.connection.alias(), compiled.sql().sql(), plan);
        return plan.toString();
    }

    private static final org.slf4j.Logger EXPLAIN_LOG = org.slf4j.LoggerFactory.getLogger("dev.tortoise.explain");

    /** The SELECT of model instances, placeholders unfilled. */
    public static String sql(QuerySpec spec) {
        return new SelectCompiler(context(spec), spec.withoutPrefetch()).models().sql().sql();
    }

    /** Reads go to the read connection, except locking reads, which belong with the writes. */
    private static QueryContext context(QuerySpec spec) {
        return spec.lock() != null ? QueryContext.write(spec.model(), spec.usingDb())
                : QueryContext.read(spec.model(), spec.usingDb());
    }
}
