package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.QuerySet;
import dev.tortoise.exceptions.DoesNotExistException;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.RelationAccess;
import dev.tortoise.internal.runtime.OpenModels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * What the relation holders do: reverse foreign keys and many-to-manys as query sets, the
 * join-table changes of {@code add}, {@code remove} and {@code clear}, and the first load of a
 * {@code ForeignKeyRelation}. Installed as the
 * {@link RelationAccess} when {@code Model} is first loaded. Every method blocks on the database.
 */
public final class RelationQueries implements RelationAccess {

    /** Installs this implementation; idempotent. */
    public static void install() {
        RelationAccess.install(new RelationQueries());
    }

    @Override
    public List<Model> list(Model owner, String relation) {
        return all(owner, relation).list().stream().map(Model.class::cast).toList();
    }

    @Override
    public QuerySet<? extends Model> all(Model owner, String relation) {
        ModelMeta meta = OpenModels.meta(owner.getClass());
        return switch (meta.member(relation)) {
            case BackwardRelationMeta backward -> QuerySetFactory.create(QuerySpec.of(backward.sourceModel().modelClass())
                    .withFilter(new Condition.Leaf(backward.relation().name(), savedKey(owner, meta))));
            case ManyToManyMeta m2m -> QuerySetFactory.create(QuerySpec.of(m2m.target().modelClass())
                    .withFilter(new Condition.Linked(m2m, List.of(savedKey(owner, meta)))));
            case null, default -> throw new FieldException("No relation " + relation + " on " + meta.name()
                    + "; its relations are " + Prefetcher.relationNames(meta));
        };
    }

    @Override
    public Model load(Model owner, String relation, Model reference) {
        ForeignKeyMeta fk = forward(OpenModels.meta(owner.getClass()), relation);
        Object key = fk.targetField().get(reference);
        String lookup = fk.targetField() == fk.target().pk() ? fk.target().pk().name() : fk.targetField().name();
        QuerySpec spec = QuerySpec.of(fk.target().modelClass()).withFilter(new Condition.Leaf(lookup, key));
        try {
            return QueryRunner.get(spec);
        } catch (DoesNotExistException e) {
            throw new DoesNotExistException(fk.model().name() + "." + fk.name() + " refers to a row that is gone: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Object key(Model owner, String relation) {
        return forward(OpenModels.meta(owner.getClass()), relation).keyField().get(owner);
    }

    private static ForeignKeyMeta forward(ModelMeta meta, String relation) {
        ForeignKeyMeta fk = meta.foreignKey(relation);
        if (fk == null) {
            throw new FieldException("No foreign key or one-to-one " + relation + " on " + meta.name()
                    + "; its relations are " + Prefetcher.relationNames(meta));
        }
        return fk;
    }

    @Override
    public long count(Model owner, String relation) {
        return all(owner, relation).count();
    }

    @Override
    public void add(Model owner, String relation, Model[] others) {
        QueryContext ctx = QueryContext.write(owner.getClass(), null);
        ManyToManyMeta m2m = manyToMany(ctx.meta, relation);
        Object ownerKey = ctx.codec.toDb(ctx.meta.pk(), savedKey(owner, ctx.meta));
        Map<Object, Object> wanted = targetKeys(ctx, m2m, others);
        if (wanted.isEmpty()) {
            return;
        }
        WritePlan.Through through = WritePlan.of(ctx).through(m2m);
        runAtomically(ctx, () -> {
            SqlText existing = new SqlText().append(through.linkedTargets()).bind(ownerKey);
            appendKeys(existing, wanted.values());
            existing.append(")");
            Set<Object> linked = new HashSet<>();
            for (Map<String, Object> row : ctx.client.executeQueryDict(existing.sql(), existing.paramArray())) {
                linked.add(ctx.codec.fromDb(m2m.target().pk(), row.values().iterator().next()));
            }
            SqlText insert = new SqlText().append(through.insertHead());
            boolean any = false;
            for (Map.Entry<Object, Object> key : wanted.entrySet()) {
                if (!linked.contains(key.getKey())) {
                    insert.append(any ? "," : "").append("(").param(ownerKey).append(",").param(key.getValue()).append(")");
                    any = true;
                }
            }
            if (any) {
                ctx.client.executeUpdate(insert.sql(), insert.paramArray());
            }
        });
        HolderCache.clear(m2m.get(owner));
        InstanceState.of(owner).fetched(m2m.name(), null);
    }

    @Override
    public void remove(Model owner, String relation, Model[] others) {
        if (others == null || others.length == 0) {
            throw new OperationalException("remove() called on no instances");
        }
        QueryContext ctx = QueryContext.write(owner.getClass(), null);
        ManyToManyMeta m2m = manyToMany(ctx.meta, relation);
        SqlText delete = deleteLinks(ctx, m2m, owner).append(" AND ")
                .append(WritePlan.of(ctx).through(m2m).forwardColumn()).append(" IN (");
        appendKeys(delete, targetKeys(ctx, m2m, others).values());
        ctx.client.executeUpdate(delete.append(")").sql(), delete.paramArray());
        HolderCache.clear(m2m.get(owner));
        InstanceState.of(owner).fetched(m2m.name(), null);
    }

    @Override
    public void clear(Model owner, String relation) {
        QueryContext ctx = QueryContext.write(owner.getClass(), null);
        ManyToManyMeta m2m = manyToMany(ctx.meta, relation);
        SqlText delete = deleteLinks(ctx, m2m, owner);
        ctx.client.executeUpdate(delete.sql(), delete.paramArray());
        HolderCache.clear(m2m.get(owner));
        InstanceState.of(owner).fetched(m2m.name(), null);
    }

    private static SqlText deleteLinks(QueryContext ctx, ManyToManyMeta m2m, Model owner) {
        return new SqlText().append(WritePlan.of(ctx).through(m2m).deleteOfOwner())
                .bind(ctx.codec.toDb(ctx.meta.pk(), savedKey(owner, ctx.meta)));
    }

    /** Target key (as Java value) to bound key, in the given order, without repeats. */
    private static Map<Object, Object> targetKeys(QueryContext ctx, ManyToManyMeta m2m, Model[] others) {
        Map<Object, Object> keys = new LinkedHashMap<>();
        for (Model other : others) {
            if (!m2m.target().modelClass().isInstance(other)) {
                throw new OperationalException(ctx.meta.name() + "." + m2m.name() + " relates to "
                        + m2m.target().name() + ", not to " + (other == null ? "null" : other.getClass().getSimpleName()));
            }
            Object key = savedKey(other, m2m.target());
            keys.put(key, ctx.codec.toDb(m2m.target().pk(), key));
        }
        return keys;
    }

    private static void appendKeys(SqlText out, Iterable<Object> keys) {
        int i = 0;
        for (Object key : keys) {
            out.append(i++ == 0 ? "" : ",").param(key);
        }
    }

    private static ManyToManyMeta manyToMany(ModelMeta meta, String relation) {
        ManyToManyMeta m2m = meta.manyToMany(relation);
        if (m2m == null) {
            List<String> names = new ArrayList<>();
            meta.manyToMany().forEach(m -> names.add(m.name()));
            throw new FieldException("No many-to-many relation " + relation + " on " + meta.name()
                    + "; its many-to-many relations are " + names);
        }
        return m2m;
    }

    private static Object savedKey(Model instance, ModelMeta meta) {
        Object key = meta.pk().get(instance);
        if (key == null) {
            throw new OperationalException("You should first call .save() on " + meta.name() + " before referring to it");
        }
        return key;
    }

    /** Runs the block in a transaction (a savepoint inside one) where the client supports it. */
    static void runAtomically(QueryContext ctx, Runnable block) {
        ctx.client.inTransaction(() -> {
            block.run();
            return null;
        });
    }
}
