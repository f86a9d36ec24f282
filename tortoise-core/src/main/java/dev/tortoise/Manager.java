package dev.tortoise;

import dev.tortoise.internal.runtime.OpenModels;
import dev.tortoise.internal.query.BulkWriter;
import dev.tortoise.internal.query.ModelPersister;
import dev.tortoise.internal.query.QueryRunner;
import dev.tortoise.internal.query.QuerySpec;
import dev.tortoise.internal.query.Upserts;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The class-level entry to a model's rows (upstream's class methods): {@code Manager.of(Event.class)},
 * usually kept in a static {@code objects} field of the model. Making one touches nothing, so it
 * may be created before {@code Tortoise.init}; each call resolves the model's open instance and
 * connection when it runs. Query methods return lazy {@link QuerySet}s; the others block on the
 * database and join the calling thread's transaction. Thread-safe and immutable.
 *
 * @param <T> the model
 */
public final class Manager<T extends Model> {
    private final Class<T> model;

    private Manager(Class<T> model) {
        this.model = model;
    }

    /** The manager of a model class. */
    public static <T extends Model> Manager<T> of(Class<T> model) {
        return new Manager<>(Objects.requireNonNull(model, "model"));
    }

    /** The model class. */
    public Class<T> model() {
        return model;
    }

    /**
     * Creates and saves an instance: a new instance is set up by {@code init}, then inserted.
     *
     * @return the saved instance, its generated key filled in
     * @throws dev.tortoise.exceptions.ValidationException before any SQL runs, for a value that does not fit
     * @throws dev.tortoise.exceptions.IntegrityException  when the database refuses the row
     */
    @SuppressWarnings("unchecked")
    public T create(Consumer<? super T> init) {
        T instance = (T) OpenModels.meta(model).newInstance();
        init.accept(instance);
        ModelPersister.save(instance, SaveOptions.defaults());
        return instance;
    }

    /** See {@link QuerySet#get()}. */
    public T get(String lookup, Object value) {
        return filter(lookup, value).get();
    }

    /** See {@link QuerySet#get()}. */
    public T get(Q condition) {
        return filter(condition).get();
    }

    /** See {@link QuerySet#getOrNone()}. */
    public Optional<T> getOrNone(String lookup, Object value) {
        return filter(lookup, value).getOrNone();
    }

    /** See {@link QuerySet#getOrNone()}. */
    public Optional<T> getOrNone(Q condition) {
        return filter(condition).getOrNone();
    }

    /** See {@link QuerySet#filter(String, Object)}. */
    public QuerySet<T> filter(String lookup, Object value) {
        return all().filter(lookup, value);
    }

    /** See {@link QuerySet#filter(Q)}. */
    public QuerySet<T> filter(Q condition) {
        return all().filter(condition);
    }

    /** See {@link QuerySet#exclude(String, Object)}. */
    public QuerySet<T> exclude(String lookup, Object value) {
        return all().exclude(lookup, value);
    }

    /** See {@link QuerySet#exclude(Q)}. */
    public QuerySet<T> exclude(Q condition) {
        return all().exclude(condition);
    }

    /** Every row, as a lazy query set. */
    public QuerySet<T> all() {
        return new QuerySet<>(QuerySpec.of(model));
    }

    /** Every row with a computed value; see {@link QuerySet#annotate}. */
    public QuerySet<T> annotate(String alias, Expression expression) {
        return all().annotate(alias, expression);
    }

    /** Every row, ordered; see {@link QuerySet#orderBy}. */
    public QuerySet<T> orderBy(String... fields) {
        return all().orderBy(fields);
    }

    /** Aggregates over every row, in one query; see {@link QuerySet#aggregate}. */
    public Map<String, Object> aggregate(Map<String, ? extends Expression> aggregates) {
        return all().aggregate(aggregates);
    }

    /** See {@link QuerySet#first()}. */
    public Optional<T> first() {
        return all().first();
    }

    /** See {@link QuerySet#count()}. */
    public long count() {
        return all().count();
    }

    /** See {@link QuerySet#exists()}. */
    public boolean exists() {
        return all().exists();
    }

    /**
     * The row matching the lookup (read with a row lock), or a new one made of the lookup's exact
     * values and the defaults, inside a transaction. When a concurrent caller creates the row
     * first, its row is read and returned ({@code created} false). When the database breaks a
     * deadlock between concurrent callers by rolling one back (MySQL/MariaDB), that call starts
     * over if it opened the transaction itself; inside a caller's transaction the failure comes
     * out as an {@link dev.tortoise.exceptions.OperationalException}. Blocks.
     *
     * @throws dev.tortoise.exceptions.ParamsException when the defaults contradict the lookup
     *         ({@code Conflict value with key=...})
     * @throws dev.tortoise.exceptions.MultipleObjectsReturnedException when several rows match
     */
    public GetOrCreate<T> getOrCreate(Q lookup, Consumer<? super T> defaults) {
        Upserts.Outcome<T> outcome = Upserts.getOrCreate(model, lookup.condition(), defaults);
        return new GetOrCreate<>(outcome.object(), outcome.created());
    }

    /** {@link #getOrCreate(Q, Consumer)} without defaults. */
    public GetOrCreate<T> getOrCreate(Q lookup) {
        return getOrCreate(lookup, null);
    }

    /**
     * Updates the row matching the lookup with {@code values} (locked while it changes), or creates
     * one from the lookup's exact values and {@code values}, inside a transaction.
     */
    public GetOrCreate<T> updateOrCreate(Q lookup, Consumer<? super T> values) {
        Upserts.Outcome<T> outcome = Upserts.updateOrCreate(model, lookup.condition(), values);
        return new GetOrCreate<>(outcome.object(), outcome.created());
    }

    /**
     * Inserts the instances with multi-row INSERTs in one transaction and fills their generated
     * keys, {@code autoNow}/{@code autoNowAdd} values and random UUID keys; afterwards every
     * instance is saved (a later {@code save()} updates it). Keys come back through
     * {@code RETURNING} on SQLite, PostgreSQL and MariaDB 10.5+; on MySQL, whose multi-row INSERT
     * reports only one key, rows whose key the database generates are inserted one statement each,
     * still in the one transaction. On failure nothing is inserted and no instance is marked saved.
     * Fires no signals (as upstream).
     *
     * @throws dev.tortoise.exceptions.ValidationException before any SQL runs, for a value that does not fit
     * @throws dev.tortoise.exceptions.IntegrityException  when the database refuses a row
     */
    public void bulkCreate(Collection<T> objects) {
        BulkWriter.create(model, objects, 0);
    }

    /**
     * Instances of the rows of a hand-written SELECT (upstream's {@code raw()}), run on the model's
     * read connection with {@code params} bound: a column named as a field's column fills it, any
     * other column is readable with {@link Model#annotation(String)}. Instances that miss fields are
     * partial (their {@code save()} writes only named fields).
     *
     * @throws dev.tortoise.exceptions.OperationalException when the database refuses the SQL
     */
    public List<T> raw(String sql, Object... params) {
        return QueryRunner.raw(model, java.util.Objects.requireNonNull(sql, "sql"), params);
    }

    /** {@link #bulkCreate(Collection)} with at most {@code batchSize} rows per statement. */
    public void bulkCreate(Collection<T> objects, int batchSize) {
        BulkWriter.create(model, objects, batchSize);
    }

    /**
     * {@link #bulkCreate(Collection)} where rows may collide with existing ones: skipped
     * ({@link BulkOptions#ignoreConflicts()}) or turned into updates of the fields named
     * ({@link BulkOptions#onConflict}), in the same one transaction. Keys come back for the rows of
     * an upsert on SQLite and PostgreSQL (matched by the conflict fields); a skipped row's instance,
     * and on MySQL/MariaDB every instance whose key the database makes, keeps a null key. Instances
     * with a key are marked saved.
     *
     * @throws dev.tortoise.exceptions.FieldException for a conflict or update field the model does not have
     * @throws dev.tortoise.exceptions.IntegrityException when a row breaks a constraint other than the one handled
     */
    public void bulkCreate(Collection<T> objects, BulkOptions options) {
        BulkWriter.create(model, objects, java.util.Objects.requireNonNull(options, "options"));
    }

    /**
     * Writes the named fields (every field but the key when none are named) of saved instances,
     * in batched UPDATE statements inside one transaction; {@code autoNow} fields among them are set
     * to now, as {@code save()} does. With a {@link dev.tortoise.fields.VersionField} every row must
     * still be at the version its instance read, or nothing is written
     * ({@link dev.tortoise.exceptions.OptimisticLockException} naming the stale keys). Validators run
     * first. Fires no signals (as upstream).
     *
     * @return the number of rows changed
     */
    public int bulkUpdate(Collection<T> objects, String... fields) {
        return BulkWriter.update(model, objects, fields, 0);
    }

    /** The instances with these primary keys, by key (keys without a row are absent). */
    public Map<Object, T> inBulk(Collection<?> ids) {
        return inBulk(ids, "pk");
    }

    /** The instances whose {@code field} has one of these values, by that value. */
    public Map<Object, T> inBulk(Collection<?> values, String field) {
        Map<Object, T> result = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return result;
        }
        List<T> rows = filter(field + "__in", values).list();
        var meta = OpenModels.meta(model);
        var key = "pk".equals(field) ? meta.pk() : meta.field(field);
        for (T row : rows) {
            result.put(key != null ? key.get(row) : row.pk(), row);
        }
        return result;
    }

    @Override
    public String toString() {
        return "Manager[" + model.getSimpleName() + "]";
    }
}
