package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.OperationalException;
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
     * Saves an instance: inserts a new one, updates a loaded one (only {@code fields} when given).
     *
     * @throws dev.tortoise.exceptions.ValidationException before any SQL runs, for a value that does not fit
     * @throws OperationalException for a partial instance saved without naming fields
     * @throws FieldException       for an unknown field name
     */
    public static void save(Model instance, String... fields) {
        QueryContext ctx = QueryContext.write(instance.getClass(), null);
        InstanceState state = InstanceState.of(instance);
        if (state.partial() && fields.length == 0) {
            throw new OperationalException(ctx.meta.name() + " is a partial model, can only be saved with the"
                    + " relevant update_field provided: save(\"field\", ...)");
        }
        if (!state.persisted() && fields.length == 0) {
            insert(ctx, instance);
        } else {
            update(ctx, instance, fields);
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
        ModelChecks.check(meta, instance, null);
        FieldMeta pk = meta.pk();
        boolean keyFromDb = pk.generated() && pk.get(instance) == null;
        List<FieldMeta> columns = new ArrayList<>();
        for (FieldMeta field : meta.fields()) {
            Object value = field.get(instance);
            if (field == pk && keyFromDb || value == null && field.dbDefault() != null) {
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
        InstanceState.of(instance).persisted(true);
        meta.hooks().postSave(instance, true, List.of());
    }

    private static void update(QueryContext ctx, Model instance, String[] names) {
        ModelMeta meta = ctx.meta;
        FieldMeta pk = meta.pk();
        Object key = pk.get(instance);
        if (key == null) {
            throw new OperationalException("Can't update " + meta.name() + " without a primary key: save it first");
        }
        List<FieldMeta> fields = names.length == 0 ? writable(meta) : named(meta, names);
        if (fields.isEmpty()) {
            return;
        }
        AutoValues.beforeUpdate(fields, instance, ctx.runtime.timezone(), AutoValues.now());
        List<String> updateFields = List.of(names);
        meta.hooks().preSave(instance, updateFields);
        ModelChecks.check(meta, instance, fields);
        Object[] params = new Object[fields.size() + 1];
        for (int i = 0; i < fields.size(); i++) {
            params[i] = ctx.codec.toDb(fields.get(i), fields.get(i).get(instance));
        }
        params[fields.size()] = ctx.codec.toDb(pk, key);
        ctx.client.executeUpdate(WritePlan.of(ctx).update(fields), params);
        InstanceState.of(instance).persisted(true);
        meta.hooks().postSave(instance, false, updateFields);
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
