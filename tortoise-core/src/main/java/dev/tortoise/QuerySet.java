package dev.tortoise;

import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.query.Condition;
import dev.tortoise.internal.query.QueryRunner;
import dev.tortoise.internal.query.QuerySetFactory;
import dev.tortoise.internal.query.QuerySpec;
import dev.tortoise.internal.query.Unions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A lazy, immutable query over one model. Builder methods ({@link #filter}, {@link #orderBy},
 * {@link #limit} ...) return a new query set and touch nothing; terminal methods ({@link #list},
 * {@link #count}, {@link #update} ...) compile the query, run it on the model's connection (or the
 * one chosen by {@link #usingDb} or the routers), and block until the database answers. Inside
 * {@code Tortoise.inTransaction} on the calling thread they join the transaction.
 *
 * <p>Field names are checked when the query runs: an unknown field or lookup fails with a
 * {@link dev.tortoise.exceptions.FieldException} that names it and lists the valid ones. A model
 * whose Tortoise instance is closed fails with a {@link dev.tortoise.exceptions.ConfigurationException}.
 * Thread-safe.
 *
 * @param <T> the model
 */
public final class QuerySet<T extends Model> {
    static {
        QuerySetFactory.install(QuerySet::new);
    }

    private final QuerySpec spec;

    QuerySet(QuerySpec spec) {
        this.spec = spec;
    }

    /** What this query set says, for {@code Subquery} and {@link Prefetch}. */
    QuerySpec spec() {
        return spec;
    }

    // ---- building -------------------------------------------------------------------------

    /** Rows matching a lookup ({@code "name__icontains"}, {@code "tournament__name"}, {@code "id__in"}). */
    public QuerySet<T> filter(String lookup, Object value) {
        return filter(Q.of(lookup, value));
    }

    /** Rows matching a condition. */
    public QuerySet<T> filter(Q condition) {
        return with(spec.withFilter(Objects.requireNonNull(condition, "condition").condition()));
    }

    /** Rows not matching a lookup. */
    public QuerySet<T> exclude(String lookup, Object value) {
        return exclude(Q.of(lookup, value));
    }

    /** Rows not matching a condition. */
    public QuerySet<T> exclude(Q condition) {
        return with(spec.withFilter(new Condition.Not(Objects.requireNonNull(condition, "condition").condition())));
    }

    /** The same query (upstream's {@code all()} on a query set). */
    public QuerySet<T> all() {
        return this;
    }

    /**
     * Orders by fields, descending with a leading {@code -}, across relations with {@code __}
     * ({@code "-created", "tournament__name"}), or by an annotation. Replaces any earlier ordering
     * and the model's default ordering; no argument means no ordering at all.
     */
    public QuerySet<T> orderBy(String... terms) {
        return with(spec.withOrdering(List.of(terms)));
    }

    /**
     * At most this many rows.
     *
     * @throws ParamsException for a negative number
     */
    public QuerySet<T> limit(int rows) {
        if (rows < 0) {
            throw new ParamsException("Limit should be non-negative number, got " + rows);
        }
        return with(spec.withLimit(rows));
    }

    /**
     * Skips this many rows.
     *
     * @throws ParamsException for a negative number
     */
    public QuerySet<T> offset(int rows) {
        if (rows < 0) {
            throw new ParamsException("Offset should be non-negative number, got " + rows);
        }
        return with(spec.withOffset(rows));
    }

    /** Only distinct rows. */
    public QuerySet<T> distinct() {
        return with(spec.withDistinct());
    }

    /** Fills foreign keys and one-to-ones ({@code "tournament"}, {@code "tournament__organizer"}) in the same query, with joins. */
    public QuerySet<T> selectRelated(String... relations) {
        return with(spec.withSelectRelated(List.of(relations)));
    }

    /**
     * Loads relations ({@code "events"}, {@code "participants"}, {@code "events__participants"})
     * with one extra query per relation after the main one; their holders then answer
     * {@code list()} without a query.
     */
    public QuerySet<T> prefetchRelated(String... relations) {
        return with(spec.withPrefetch(List.of(relations)));
    }

    /**
     * Loads relations with queries of their own ({@link Prefetch#of}), one extra query per relation
     * after the main one; mixes with {@link #prefetchRelated(String...)} by chaining.
     * {@code Prefetch.of("events", q)} fills the {@code events} holders with the rows of {@code q};
     * {@code Prefetch.of("events", q).toAttr("big")} stores them as the annotation {@code big}
     * (a {@code List}) instead, so the same relation can be loaded several ways at once.
     * {@code prefetchRelated("events__participants")} beside {@code Prefetch.of("events", q)} loads
     * the participants of the events {@code q} returns.
     *
     * @throws ParamsException when two of the queries would fill the same relation (give all but
     *         one a {@code toAttr}), or the same annotation of the same instances
     */
    public QuerySet<T> prefetchRelated(Prefetch... prefetches) {
        List<QuerySpec.PrefetchQuery> queries = new java.util.ArrayList<>(prefetches.length);
        for (Prefetch p : prefetches) {
            queries.add(Objects.requireNonNull(p, "prefetch").spec());
        }
        return with(spec.withPrefetchQueries(queries));
    }

    /**
     * Adds a computed value under an alias: an aggregate ({@code Count.of("events")}, one per row of
     * this model, the rows grouped), a function ({@code Lower.of("name")}), arithmetic
     * ({@code F.of("prize").times(2)}), a {@link Case}, a {@link Subquery} or {@link RawSql}. The
     * alias can then be filtered ({@code filter("n__gt", 1)}: HAVING for an aggregate, WHERE
     * otherwise), ordered by, used in later expressions ({@code F.of("n")}), read with
     * {@link #values}/{@link #valuesList} and, on each instance, with {@link Model#annotation}
     * (typed by the expression: {@code Long} for COUNT and LENGTH, {@code String} for text
     * functions, the field's type for MIN/MAX/COALESCE of a field ...).
     *
     * @throws dev.tortoise.exceptions.FieldException when the query runs, for an alias that is a
     *         field of the model, or a name in the expression that is no field, relation or annotation
     */
    public QuerySet<T> annotate(String alias, Expression expression) {
        Objects.requireNonNull(alias, "alias");
        return with(spec.withAnnotation(alias, ExpressionTrees.of(Objects.requireNonNull(expression, "expression"))));
    }

    /**
     * Adds an aggregate under an alias: the signature of the public contract, the same as
     * {@link #annotate(String, Expression)}.
     */
    public QuerySet<T> annotate(String alias, dev.tortoise.functions.Aggregate aggregate) {
        return annotate(alias, (Expression) aggregate);
    }

    /**
     * Aggregates over every matching row, in one query: {@code aggregate(Map.of("total",
     * Sum.of("prize"), "events", Count.of("id")))} gives {@code {total=..., events=...}} (an
     * aggregate of no rows is {@code null}, a count {@code 0}). The values are typed as in
     * {@link #annotate}.
     *
     * @throws ParamsException for an expression that is not an aggregate, or a query that is
     *         grouped, sliced or distinct
     */
    public Map<String, Object> aggregate(Map<String, ? extends Expression> aggregates) {
        Objects.requireNonNull(aggregates, "aggregates");
        Map<String, dev.tortoise.internal.query.Expr> expressions = new LinkedHashMap<>();
        aggregates.forEach((alias, e) -> expressions.put(Objects.requireNonNull(alias, "alias"),
                ExpressionTrees.of(Objects.requireNonNull(e, "aggregate of " + alias))));
        return QueryRunner.aggregate(spec, expressions);
    }

    /** Groups rows by fields (with annotations and {@link #values}). */
    public QuerySet<T> groupBy(String... fields) {
        return with(spec.withGroupBy(List.of(fields)));
    }

    /**
     * Loads only these fields (and the primary key). The instances are partial: they can only be
     * saved with the fields to update named.
     */
    public QuerySet<T> only(String... fields) {
        return with(spec.withOnly(List.of(fields)));
    }

    /** Runs on this connection alias, bypassing the routers. */
    public QuerySet<T> usingDb(String alias) {
        return with(spec.withUsingDb(Objects.requireNonNull(alias, "alias")));
    }

    /**
     * Locks the selected rows until the transaction ends ({@code SELECT ... FOR UPDATE}); runs on
     * the write connection. SQLite has no row locks: there its transactions lock the whole database.
     */
    public QuerySet<T> selectForUpdate() {
        return selectForUpdate(false, false);
    }

    /** {@link #selectForUpdate()} with {@code NOWAIT} or {@code SKIP LOCKED} (PostgreSQL, MySQL 8, MariaDB 10.6). */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked) {
        return with(spec.withLock(new QuerySpec.RowLock(nowait, skipLocked)));
    }

    /**
     * {@link #selectForUpdate(boolean, boolean)} locking only the rows of the tables named:
     * {@code "self"} (this query's model) and relations joined by {@link #selectRelated}
     * ({@code "tournament"}, {@code "tournament__owner"}). PostgreSQL and MySQL 8 spell it
     * {@code FOR UPDATE OF}; MariaDB and H2 cannot (a {@code ParamsException} says so when the query
     * runs); SQLite locks the whole database on write, so nothing is added there.
     *
     * @throws ParamsException when {@code of} is empty
     */
    public QuerySet<T> selectForUpdate(boolean nowait, boolean skipLocked, String... of) {
        if (of.length == 0) {
            throw new ParamsException("selectForUpdate(nowait, skipLocked, of...) needs at least one table: \"self\""
                    + " or a relation joined by selectRelated");
        }
        return with(spec.withLock(new QuerySpec.RowLock(nowait, skipLocked, Arrays.asList(of))));
    }

    /**
     * The rows of this query and of {@code other}, duplicates removed (SQL {@code UNION}):
     * {@code Event.objects.filter("prize__gt", 100).union(Event.objects.filter("rank", 1)).orderBy("name").list()}.
     * Each side keeps its own filters, and its own ordering and limit ({@code top3.union(newest5)}
     * takes three rows and five rows). The union can be ordered (by the model's own fields, not
     * through relations: a {@code FieldException} says so), limited, offset, combined again
     * ({@code a.union(b).union(c)}), prefetched, listed, streamed, counted, tested with
     * {@code exists()} and read with {@code values}/{@code valuesList}, which read the given fields
     * of each row of the union. Without {@link #orderBy} it takes the model's default ordering when
     * that names only its own fields, else it is unordered.
     *
     * <p>Both sides select the same columns: all the model's fields, or the same {@link #only}
     * fields on each side (a {@link ParamsException} otherwise). A side may not use
     * {@link #annotate}, {@link #groupBy}, {@link #selectRelated}, {@link #prefetchRelated} or
     * {@link #selectForUpdate}; and on the union, {@code filter}, {@code exclude}, {@code annotate},
     * {@code groupBy}, {@code selectRelated}, {@code only}, {@code distinct},
     * {@code selectForUpdate}, {@code contains}, {@code update} and {@code delete} are refused with
     * a {@link ParamsException} that says what to do instead (filter each side, for instance).
     *
     * @throws ParamsException when {@code other} is a query of another model, when the sides name
     *         different connections with {@link #usingDb}, or when a side uses one of the builders above
     */
    public QuerySet<T> union(QuerySet<T> other) {
        return new QuerySet<>(Unions.of(spec, Objects.requireNonNull(other, "other").spec, false));
    }

    /**
     * As {@link #union}, keeping duplicate rows (SQL {@code UNION ALL}): a row both sides match
     * comes twice.
     *
     * @throws ParamsException as {@link #union} does
     */
    public QuerySet<T> unionAll(QuerySet<T> other) {
        return new QuerySet<>(Unions.of(spec, Objects.requireNonNull(other, "other").spec, true));
    }

    // ---- running --------------------------------------------------------------------------

    /** Every matching instance. */
    public List<T> list() {
        return QueryRunner.list(spec);
    }

    /**
     * Every matching instance, as a lazy stream: the query runs now, and rows are read from the
     * database and turned into instances while the stream is consumed, a batch of rows per round
     * trip, so a large result never sits in memory at once. With {@link #prefetchRelated} the
     * rows are read first (each relation is loaded with one query for all of them).
     *
     * <p><b>The stream must be closed</b>, with try-with-resources, on the thread that opened it:
     * until its last row is read or it is closed, it holds a database connection. Inside
     * {@code Tortoise.inTransaction} on the calling thread that is the transaction's connection,
     * and the stream ends with the transaction (reading it after the block fails with an
     * {@link dev.tortoise.exceptions.OperationalException}); otherwise it is a connection of its own, taken from the pool (on SQLite, the database's only
     * connection: other threads wait for it until the stream ends, so keep the stream short there).
     * Queries the same thread runs while it consumes the stream outside a transaction borrow
     * another connection. A failure while reading comes out of the stream's terminal operation,
     * translated like every other database failure, and releases the connection.
     *
     * <pre>{@code
     * try (Stream<Event> events = Event.objects.filter("tournament", cup).stream()) {
     *     events.forEach(e -> ...);
     * }
     * }</pre>
     */
    public Stream<T> stream() {
        return QueryRunner.stream(spec);
    }

    /** The first instance (by the ordering, else by primary key), if any. */
    public Optional<T> first() {
        return QueryRunner.<T>first(spec);
    }

    /**
     * The last instance by the ordering (the model's default ordering, else the primary key), if
     * any: the ordering is reversed and the first row taken.
     */
    public Optional<T> last() {
        return QueryRunner.<T>last(spec);
    }

    /**
     * The instance that comes last when ordered by {@code fields} ({@code latest("created")} is the
     * newest), if any; a field written {@code "-f"} counts the other way.
     *
     * @throws ParamsException when no field is given
     */
    public Optional<T> latest(String... fields) {
        return QueryRunner.<T>byFields(spec, Arrays.asList(fields), true);
    }

    /**
     * The instance that comes first when ordered by {@code fields} ({@code earliest("created")} is
     * the oldest), if any.
     *
     * @throws ParamsException when no field is given
     */
    public Optional<T> earliest(String... fields) {
        return QueryRunner.<T>byFields(spec, Arrays.asList(fields), false);
    }

    /**
     * Whether {@code instance} is among this query's rows, asked with one query by its primary key.
     *
     * @throws ParamsException for an instance that was never saved or is not of this query's model
     */
    public boolean contains(T instance) {
        Objects.requireNonNull(instance, "instance");
        if (instance.getClass() != spec.model()) {
            throw new ParamsException("contains() takes a " + spec.model().getSimpleName() + ", got a "
                    + instance.getClass().getSimpleName());
        }
        Object pk = instance.pk();
        if (pk == null) {
            throw new ParamsException("contains() cannot look for an unsaved " + spec.model().getSimpleName()
                    + ": save() it first");
        }
        return filter("pk", pk).exists();
    }

    /**
     * The only matching instance.
     *
     * @throws dev.tortoise.exceptions.DoesNotExistException            when none matches
     * @throws dev.tortoise.exceptions.MultipleObjectsReturnedException when several match
     */
    public T get() {
        return QueryRunner.get(spec);
    }

    /**
     * The only matching instance, or empty when none matches.
     *
     * @throws dev.tortoise.exceptions.MultipleObjectsReturnedException when several match
     */
    public Optional<T> getOrNone() {
        return QueryRunner.getOrNone(spec);
    }

    /** How many rows match (limit and offset included). */
    public long count() {
        return QueryRunner.count(spec);
    }

    /** Whether any row matches. */
    public boolean exists() {
        return QueryRunner.exists(spec);
    }

    /**
     * Sets fields of every matching row in one statement; values may be expressions ({@link F}
     * arithmetic, functions such as {@code Upper.of("name")}, {@link Case}, {@link Subquery}). Fires
     * no signals (as upstream: no instances are involved).
     *
     * @return the number of rows changed
     * @throws dev.tortoise.exceptions.FieldException      for an unknown or virtual field
     * @throws dev.tortoise.exceptions.IntegrityException  for the primary key
     * @throws dev.tortoise.exceptions.ValidationException for a value that does not fit its field
     */
    public int update(Map<String, ?> values) {
        Unions.refuseWrite(spec, "update()");
        Map<String, Object> converted = new LinkedHashMap<>();
        values.forEach((k, v) -> converted.put(k, v instanceof Expression e ? ExpressionTrees.of(e) : v));
        return QueryRunner.update(spec, converted);
    }

    /**
     * Deletes every matching row in one statement (relations follow their ON DELETE rules). Fires no
     * signals (as upstream).
     *
     * @return the number of rows deleted
     */
    public int delete() {
        return QueryRunner.delete(spec);
    }

    /**
     * The given fields, relation paths and annotations of every matching row, each row a map keyed
     * as asked; no argument means every column and annotation.
     */
    public List<Map<String, Object>> values(String... fields) {
        return QueryRunner.values(spec, Arrays.asList(fields));
    }

    /**
     * As {@link #values(String...)}, each row keyed by the aliases given (upstream's
     * {@code values(alias="path")}): {@code values(Map.of("tournament_name", "tournament__name",
     * "upper", Upper.of("name")))}. A {@code String} value is a field path, across relations with
     * {@code __}, or the name of an annotation; an {@link Expression} is computed.
     *
     * @throws ParamsException for a value that is neither a path nor an expression
     * @throws dev.tortoise.exceptions.FieldException for a path that names no field or annotation
     */
    public List<Map<String, Object>> values(Map<String, ?> aliasToPathOrExpression) {
        Objects.requireNonNull(aliasToPathOrExpression, "aliasToPathOrExpression");
        List<String> aliases = new java.util.ArrayList<>(aliasToPathOrExpression.size());
        List<String> paths = new java.util.ArrayList<>(aliasToPathOrExpression.size());
        QuerySpec computed = spec;
        for (Map.Entry<String, ?> entry : aliasToPathOrExpression.entrySet()) {
            String alias = entry.getKey();
            switch (entry.getValue()) {
                case String text -> paths.add(text);
                case Expression e -> {
                    // computed under a name no field has, then keyed by the caller's alias
                    String hidden = "_values_" + paths.size();
                    computed = computed.withAnnotation(hidden, ExpressionTrees.of(e));
                    paths.add(hidden);
                }
                case null, default -> throw new ParamsException("values(Map): the value of '" + alias + "' must be a"
                        + " field path such as \"tournament__name\" or an Expression such as Upper.of(\"name\"), got "
                        + dev.tortoise.spi.MessageText.describe(entry.getValue()));
            }
            aliases.add(alias);
        }
        List<Map<String, Object>> rows = QueryRunner.values(computed, paths);
        List<Map<String, Object>> renamed = new java.util.ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> out = java.util.LinkedHashMap.newLinkedHashMap(aliases.size());
            for (int i = 0; i < aliases.size(); i++) {
                out.put(aliases.get(i), row.get(paths.get(i)));
            }
            renamed.add(out);
        }
        return renamed;
    }

    /**
     * Every matching row as a record, in one query and without model instances: each component
     * reads the field of its name, or the path its {@link Path} gives ({@code "tournament__name"},
     * joined; {@code "tournament"}, the key; an annotation's alias). A component may be of the
     * field's type or a wider number type ({@code long} for an {@code IntField}, {@code BigDecimal}
     * for any number); a primitive component cannot hold a NULL.
     *
     * <pre>{@code
     * record EventRow(long id, String name, @Path("tournament__name") String tournament) { }
     * List<EventRow> rows = Event.objects.filter("prize__gt", 100).values(EventRow.class);
     * }</pre>
     *
     * @throws dev.tortoise.exceptions.FieldException for a component that names no field of the model
     *         (the message names the component), or whose type cannot hold the field's values
     * @throws ParamsException for a class that is not a record
     */
    public <R extends Record> List<R> values(Class<R> recordType) {
        return QueryRunner.records(spec, recordType);
    }

    /** As {@link #values}, each row a list in the order asked. */
    public List<List<Object>> valuesList(String... fields) {
        return QueryRunner.valuesList(spec, Arrays.asList(fields));
    }

    /** One field of every row, in row order (upstream's {@code values_list(field, flat=True)}). */
    public List<Object> valuesListFlat(String field) {
        List<List<Object>> rows = QueryRunner.valuesList(spec, List.of(Objects.requireNonNull(field, "field")));
        List<Object> flat = new java.util.ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            flat.add(row.get(0));
        }
        return flat;
    }

    /** The SELECT this query set runs, with {@code ?} where values are bound. */
    public String sql() {
        return QueryRunner.sql(spec);
    }

    /**
     * How the database would run this query (upstream {@code explain()}): its EXPLAIN output
     * (SQLite's {@code EXPLAIN QUERY PLAN}), one line per row, columns joined by {@code " | "};
     * also logged at INFO on the logger {@code dev.tortoise.explain}. Runs the EXPLAIN, not the query.
     */
    public String explain() {
        return QueryRunner.explain(spec);
    }

    @Override
    public String toString() {
        return "QuerySet[" + spec.model().getSimpleName() + "]";
    }

    private QuerySet<T> with(QuerySpec next) {
        return new QuerySet<>(Unions.checkChange(spec, next));
    }
}
