package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.runtime.OpenModels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads relations of instances already read, with one query per relation whatever the number of
 * instances: foreign keys by their keys, reverse foreign keys by the owners' keys, many-to-manys
 * through their join table with the owner key selected beside each row. Nested paths
 * ({@code events__participants}) load level by level. A {@code Prefetch} query replaces the
 * default query of its relation (its filters, ordering, {@code only} and annotations apply) and,
 * with {@code toAttr}, stores the instances as a list annotation of the owners instead of in the
 * relation. Used by {@code prefetchRelated} and {@code fetchRelated}; blocks on the database.
 */
final class Prefetcher {
    private Prefetcher() {
    }

    /**
     * Loads the relations into the instances (all of one model).
     *
     * @throws FieldException naming a path that is not a relation of the model
     */
    static void prefetch(List<? extends Model> instances, List<String> paths, String usingDb) {
        prefetch(instances, paths, List.of(), usingDb);
    }

    /**
     * Loads the relations of plain paths and of {@code Prefetch} queries into the instances (all of one model).
     *
     * @throws FieldException  naming a path that is not a relation of the model
     * @throws ParamsException for a query of another model than the relation's, or an annotation
     *                         name that is a field or relation of the instances
     */
    static void prefetch(List<? extends Model> instances, List<String> paths, List<QuerySpec.PrefetchQuery> queries,
                         String usingDb) {
        if (instances.isEmpty()) {
            return;
        }
        ModelMeta meta = OpenModels.meta(instances.getFirst().getClass());
        for (PrefetchTree.Load load : PrefetchTree.of(paths, queries)) {
            Object member = meta.member(load.relation);
            ModelMeta target = switch (member) {
                case ForeignKeyMeta fk -> fk.target();
                case BackwardRelationMeta backward -> backward.sourceModel();
                case ManyToManyMeta m2m -> m2m.target();
                case null, default -> throw new FieldException("relation " + load.relation + " for " + meta.table()
                        + " not found: the relations of " + meta.name() + " are " + relationNames(meta));
            };
            QuerySpec base = query(meta, load, target, usingDb);
            List<Model> loaded = switch (member) {
                case ForeignKeyMeta fk -> forward(instances, fk, base, load.toAttr);
                case BackwardRelationMeta backward -> backward(instances, backward, base, load.toAttr);
                case ManyToManyMeta m2m -> many(instances, m2m, base, load.toAttr);
                default -> throw new IllegalStateException(String.valueOf(member));
            };
            if (!load.paths.isEmpty() || !load.queries.isEmpty()) {
                prefetch(loaded, load.paths, load.queries, base.usingDb());
            }
        }
    }

    /** The query of a load: the given one, checked, or every row of the target; on the owners' connection unless it names one. */
    private static QuerySpec query(ModelMeta meta, PrefetchTree.Load load, ModelMeta target, String usingDb) {
        if (load.toAttr != null && meta.member(load.toAttr) != null) {
            throw new ParamsException("Prefetch of relation '" + load.relation + "' cannot store into '" + load.toAttr
                    + "': that is a field or relation of " + meta.name() + "; choose another toAttr name");
        }
        QuerySpec base = load.query == null ? QuerySpec.of(target.modelClass()) : load.query;
        if (base.model() != target.modelClass()) {
            throw new ParamsException("Prefetch of relation '" + load.relation + "' of " + meta.name() + " needs a query of "
                    + target.name() + ", the model it relates to, but was given a query of " + base.model().getSimpleName());
        }
        return base.usingDb() == null && usingDb != null ? base.withUsingDb(usingDb) : base;
    }

    private static List<Model> forward(List<? extends Model> instances, ForeignKeyMeta fk, QuerySpec query, String toAttr) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Model instance : instances) {
            Object key = fk.keyField().get(instance);
            if (key != null) {
                keys.add(key);
            }
        }
        List<Model> targets = keys.isEmpty() ? List.of() : QueryRunner.list(keeping(query, fk.targetField().name())
                .withFilter(new Condition.Leaf(lookupName(fk.target(), fk.targetField().name()) + "__in", keys)));
        Map<Object, Model> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(fk.targetField().get(t), t));
        for (Model instance : instances) {
            Object key = fk.keyField().get(instance);
            Model target = key == null ? null : byKey.get(key);
            if (toAttr != null) {
                InstanceState.of(instance).annotation(toAttr, target == null ? List.of() : List.of(target));
            } else if (target != null) {
                // A target the query left out keeps its key-only reference: the key stays what the row holds.
                fk.set(instance, target);
            }
        }
        return targets;
    }

    private static List<Model> backward(List<? extends Model> owners, BackwardRelationMeta relation, QuerySpec query,
                                        String toAttr) {
        ForeignKeyMeta fk = relation.relation();
        Set<Object> keys = new LinkedHashSet<>();
        owners.forEach(o -> keys.add(fk.targetField().get(o)));
        keys.remove(null);
        List<Model> children = keys.isEmpty() ? List.of() : QueryRunner.list(keeping(query, fk.name())
                .withFilter(new Condition.Leaf(fk.name() + "__in", keys)));
        Map<Object, List<Model>> byOwner = new HashMap<>();
        children.forEach(c -> byOwner.computeIfAbsent(fk.keyField().get(c), k -> new ArrayList<>()).add(c));
        for (Model owner : owners) {
            List<Model> mine = byOwner.getOrDefault(fk.targetField().get(owner), List.of());
            // The children point at the loaded owner, so following them back needs no query.
            mine.forEach(child -> fk.set(child, owner));
            if (toAttr != null) {
                InstanceState.of(owner).annotation(toAttr, List.copyOf(mine));
                continue;
            }
            InstanceState.of(owner).fetched(relation.name(), mine); // also for relations without a declared holder
            if (relation.oneToOne()) {
                if (relation.accessor() != null) {
                    relation.accessor().set(owner, mine.isEmpty() ? null : mine.getFirst());
                }
            } else {
                HolderCache.fill(relation.get(owner), mine);
            }
        }
        return children;
    }

    private static List<Model> many(List<? extends Model> owners, ManyToManyMeta m2m, QuerySpec query, String toAttr) {
        Set<Object> keys = new LinkedHashSet<>();
        owners.forEach(o -> keys.add(m2m.model().pk().get(o)));
        keys.remove(null);
        Map<Object, List<Model>> byOwner = new HashMap<>();
        List<Model> all = new ArrayList<>();
        if (!keys.isEmpty()) {
            QuerySpec spec = query.withLinkedOwners(new Condition.Linked(m2m, keys));
            QueryContext ctx = QueryContext.read(spec.model(), spec.usingDb());
            SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec.withoutPrefetch()).models();
            for (Map<String, Object> row : ctx.client.executeQueryDict(compiled.sql().sql(), compiled.sql().paramArray())) {
                Model target = compiled.mapper().map(row);
                byOwner.computeIfAbsent(compiled.mapper().owner(row), k -> new ArrayList<>()).add(target);
                all.add(target);
            }
            // The query's own prefetchRelated, which QueryRunner.list would have run.
            prefetch(all, query.prefetch(), query.prefetchQueries(), query.usingDb());
        }
        for (Model owner : owners) {
            List<Model> mine = byOwner.getOrDefault(m2m.model().pk().get(owner), List.of());
            if (toAttr != null) {
                InstanceState.of(owner).annotation(toAttr, List.copyOf(mine));
                continue;
            }
            InstanceState.of(owner).fetched(m2m.name(), mine);
            HolderCache.fill(m2m.get(owner), mine);
        }
        return all;
    }

    /** The query loading {@code field} too when it loads only some fields: the rows are matched to their owners by it. */
    private static QuerySpec keeping(QuerySpec query, String field) {
        if (query.only() == null || query.only().contains(field)) {
            return query;
        }
        List<String> fields = new ArrayList<>(query.only());
        fields.add(field);
        return query.withOnly(fields);
    }

    private static String lookupName(ModelMeta model, String field) {
        return model.pk().name().equals(field) ? "pk" : field;
    }

    static List<String> relationNames(ModelMeta meta) {
        List<String> names = new ArrayList<>();
        meta.foreignKeys().forEach(r -> names.add(r.name()));
        meta.oneToOnes().forEach(r -> names.add(r.name()));
        meta.backwardForeignKeys().forEach(r -> names.add(r.name()));
        meta.backwardOneToOnes().forEach(r -> names.add(r.name()));
        meta.manyToMany().forEach(r -> names.add(r.name()));
        return names;
    }
}
