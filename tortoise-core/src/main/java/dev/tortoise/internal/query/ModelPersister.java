package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.SaveOptions;
import dev.tortoise.exceptions.DoesNotExistException;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.OptimisticLockException;
import dev.tortoise.spi.MessageText;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.validation.ModelChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The instance methods of {@code Model}: save (INSERT when new, UPDATE when loaded or when fields
 * are named), delete, refresh and fetchRelated. Save and delete fire the model's signals
 * ({@link dev.tortoise.internal.lifecycle.LifecycleHooks}) around the statement. Values are
 * validated before the database is touched and pass through the connection's codec. Every method
 * blocks on the database.
 */
public final class ModelPersister {
    private ModelPersister() {
    }

    /**
     * Saves an instance: inserts a new one, updates a loaded one (only the named fields when some
     * are given), or does what {@code options} forces.
     *
     * @throws dev.tortoise.exceptions.ValidationException before any SQL runs, for a value that does not fit
     * @throws OperationalException    for a partial instance saved without naming fields
     * @throws FieldException          for an unknown field name
     * @throws DoesNotExistException   when an update finds no row with the instance's key
     * @throws OptimisticLockException when an update of a versioned model finds no row with its key and version
     */
    public static void save(Model instance, SaveOptions options) {
        QueryContext ctx = QueryContext.write(instance.getClass(), null);
        InstanceState state = InstanceState.of(instance);
        List<String> names = options.updateFields();
        if (state.partial() && names.isEmpty()) {
            throw new OperationalException(ctx.meta.name() + " is a partial model, can only be saved with the"
                    + " relevant update_field provided: save(\"field\", ...)");
        }
        if (options.isForceCreate() || !options.isForceUpdate() && !state.persisted() && names.isEmpty()) {
            insert(ctx, instance);
        } else {
            update(ctx, instance, names);
        }
    }

    /**
     * Inserts an instance and fills its generated key, with its save signals around: auto values,
     * then pre-save listeners, then validation, the INSERT and the post-save listeners.
     */
    static void insert(QueryContext ctx, Model instance) {
        ModelMeta meta = ctx.meta;
        AutoValues.beforeInsert(meta, instance, ctx.runtime.timezone(), AutoValues.now());
        meta.hooks().preSave(instance, List.of());
        ModelChecks.check(meta, instance, null, true);
        FieldMeta pk = meta.pk();
        boolean keyFromDb = pk.generated() && pk.get(instance) == null;
        List<FieldMeta> columns = new ArrayList<>();
        List<FieldMeta> fromDb = new ArrayList<>();
        for (FieldMeta field : meta.fields()) {
            Object value = field.get(instance);
            if (field == pk && keyFromDb) {
                continue;
            }
            if (value == null && field.hasDbDefault()) {
                fromDb.add(field);
                continue;
            }
            columns.add(field);
        }
        Object[] params = new Object[columns.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = ctx.codec.toDb(columns.get(i), columns.get(i).get(instance));
        }
        WritePlan plan = WritePlan.of(ctx);
        if (keyFromDb) {
            Object key = ctx.client.executeInsert(plan.insert(columns, ctx.sql.insertReturning()), params);
            pk.set(instance, ctx.codec.fromDb(pk, key));
        } else {
            ctx.client.executeUpdate(plan.insert(columns, false), params);
        }
        if (!fromDb.isEmpty()) {
            DatabaseDefaults.read(ctx, List.of(instance), fromDb);
        }
        InstanceState.of(instance).persisted(true);
        meta.hooks().postSave(instance, true, List.of());
    }

    /**
     * Updates the row of an instance by its key (and version, for a versioned model), and bumps the
     * version. Zero rows is never silent: the row is gone, or changed since it was read.
     */
    private static void update(QueryContext ctx, Model instance, List<String> names) {
        ModelMeta meta = ctx.meta;
        FieldMeta pk = meta.pk();
        Object key = pk.get(instance);
        if (key == null) {
            throw new OperationalException("Can't update " + meta.name() + " without a primary key: save it first");
        }
        FieldMeta version = meta.version();
        List<FieldMeta> fields = new ArrayList<>(names.isEmpty() ? writable(meta) : named(meta, names.toArray(String[]::new)));
        fields.remove(version); // never SET from the instance: the statement bumps it
        if (fields.isEmpty() && version == null) {
            return;
        }
        AutoValues.beforeUpdate(fields, instance, ctx.runtime.timezone(), AutoValues.now());
        meta.hooks().preSave(instance, names);
        ModelChecks.check(meta, instance, fields, false);
        Object current = version == null ? null : version.get(instance);
        if (version != null && current == null) {
            throw new OperationalException("Can't update " + meta.name() + " with pk=" + MessageText.cut(String.valueOf(key))
                    + " without its version: " + version.name() + " is null (load the instance before saving it)");
        }
        Object[] params = new Object[fields.size() + (version == null ? 1 : 2)];
        for (int i = 0; i < fields.size(); i++) {
            params[i] = ctx.codec.toDb(fields.get(i), fields.get(i).get(instance));
        }
        params[fields.size()] = ctx.codec.toDb(pk, key);
        WritePlan plan = WritePlan.of(ctx);
        String sql;
        if (version == null) {
            sql = plan.update(fields);
        } else {
            params[fields.size() + 1] = ctx.codec.toDb(version, current);
            sql = plan.versionedUpdate(fields);
        }
        if (ctx.client.executeUpdate(sql, params) == 0) {
            throw version == null ? vanished(meta, key) : conflict(meta, key, version, current);
        }
        if (version != null) {
            version.set(instance, VersionValues.next(version, current));
        }
        InstanceState.of(instance).persisted(true);
        meta.hooks().postSave(instance, false, names);
    }

    /** An update that found no row: it was deleted (or never existed), and saying nothing would lose the write. */
    private static DoesNotExistException vanished(ModelMeta meta, Object key) {
        return new DoesNotExistException("Can't update " + meta.name() + " with pk=" + MessageText.cut(String.valueOf(key))
                + ": no such row (deleted meanwhile?), so nothing was saved; save(SaveOptions.forceCreate()) inserts it");
    }

    /** An update of a versioned model that found no row with the key and the version read. */
    static OptimisticLockException conflict(ModelMeta meta, Object key, FieldMeta version, Object current) {
        return new OptimisticLockException(meta.name() + " with pk=" + MessageText.cut(String.valueOf(key))
                + " was changed or deleted by another writer since " + version.name() + " " + current
                + " was read, so this update was not applied; reload it (refreshFromDb()) and try again");
    }

    /**
     * Deletes the instance's row; the database applies the ON DELETE rules of its relations.
     *
     * @throws OperationalException when the instance was never saved
     */
    public static void delete(Model instance) {
        QueryContext ctx = QueryContext.write(instance.getClass(), null);
        InstanceState state = InstanceState.of(instance);
        Object key = ctx.meta.pk().get(instance);
        if (!state.persisted() || key == null) {
            throw new OperationalException("Can't delete unpersisted record (" + ctx.meta.name() + ")");
        }
        ctx.meta.hooks().preDelete(instance);
        ctx.client.executeUpdate(WritePlan.of(ctx).deleteByPk(), ctx.codec.toDb(ctx.meta.pk(), key));
        state.persisted(false);
        ctx.meta.hooks().postDelete(instance);
    }

    /**
     * Reloads fields (all when none are named) from the database.
     *
     * @throws OperationalException when the instance was never saved
     * @throws dev.tortoise.exceptions.DoesNotExistException when its row is gone
     */
    public static void refresh(Model instance, String... names) {
        ModelMeta meta = QueryContext.read(instance.getClass(), null).meta;
        Object key = meta.pk().get(instance);
        if (!InstanceState.of(instance).persisted() || key == null) {
            throw new OperationalException("Can't refresh unpersisted record (" + meta.name() + ")");
        }
        List<FieldMeta> fields = names.length == 0 ? meta.fields() : named(meta, names);
        QuerySpec spec = QuerySpec.of(meta.modelClass()).withFilter(new Condition.Leaf("pk", key));
        if (names.length > 0) {
            spec = spec.withOnly(Arrays.asList(names));
        }
        Model fresh = QueryRunner.get(spec);
        for (FieldMeta field : fields) {
            field.set(instance, field.get(fresh));
        }
        if (names.length == 0) {
            InstanceState.of(instance).partial(false);
            InstanceState.of(instance).referenceOnly(false);
        }
    }

    /** Loads relations of one instance, as {@code prefetchRelated} does for many. */
    public static void fetchRelated(Model instance, String... relations) {
        Prefetcher.prefetch(List.of(instance), Arrays.asList(relations), null);
    }

    private static List<FieldMeta> writable(ModelMeta meta) {
        List<FieldMeta> fields = new ArrayList<>(meta.fields());
        fields.remove(meta.pk());
        return fields;
    }

    /** The columns of field names; a relation's name stands for its key column. */
    static List<FieldMeta> named(ModelMeta meta, String[] names) {
        Set<FieldMeta> fields = new LinkedHashSet<>();
        for (String name : names) {
            Object member = meta.member(name);
            FieldMeta field = member instanceof FieldMeta f ? f : member instanceof ForeignKeyMeta fk ? fk.keyField() : null;
            if (field == null) {
                throw new FieldException("Unknown field " + name + " for model " + meta.name()
                        + ": fields that can be saved are " + meta.names());
            }
            fields.add(field);
        }
        return List.copyOf(fields);
    }
}
