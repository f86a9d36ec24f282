package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.runtime.OpenModels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads relations of instances already read, with one query per relation whatever the number of
 * instances: foreign keys by their keys, reverse foreign keys by the owners' keys, many-to-manys
 * through their join table with the owner key selected beside each row. Nested paths
 * ({@code events__participants}) load level by level. Used by {@code prefetchRelated} and
 * {@code fetchRelated}; blocks on the database.
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
        if (instances.isEmpty()) {
            return;
        }
        ModelMeta meta = OpenModels.meta(instances.getFirst().getClass());
        Map<String, List<String>> nested = new LinkedHashMap<>();
        for (String path : paths) {
            int split = path.indexOf("__");
            String first = split < 0 ? path : path.substring(0, split);
            List<String> rest = nested.computeIfAbsent(first, k -> new ArrayList<>());
            if (split >= 0) {
                rest.add(path.substring(split + 2));
            }
        }
        for (Map.Entry<String, List<String>> entry : nested.entrySet()) {
            List<Model> loaded = switch (meta.member(entry.getKey())) {
                case ForeignKeyMeta fk -> forward(instances, fk, usingDb);
                case BackwardRelationMeta backward -> backward(instances, backward, usingDb);
                case ManyToManyMeta m2m -> many(instances, m2m, usingDb);
                case null, default -> throw new FieldException("relation " + entry.getKey() + " for " + meta.table()
                        + " not found: the relations of " + meta.name() + " are " + relationNames(meta));
            };
            if (!entry.getValue().isEmpty()) {
                prefetch(loaded, entry.getValue(), usingDb);
            }
        }
    }

    private static List<Model> forward(List<? extends Model> instances, ForeignKeyMeta fk, String usingDb) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Model instance : instances) {
            Object key = fk.keyField().get(instance);
            if (key != null) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Model> targets = QueryRunner.list(QuerySpec.of(fk.target().modelClass()).withUsingDb(usingDb)
                .withFilter(new Condition.Leaf(lookupName(fk.target(), fk.targetField().name()) + "__in", keys)));
        Map<Object, Model> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(fk.targetField().get(t), t));
        for (Model instance : instances) {
            Model target = byKey.get(fk.keyField().get(instance));
            if (target != null) {
                fk.set(instance, target);
            }
        }
        return targets;
    }

    private static List<Model> backward(List<? extends Model> owners, BackwardRelationMeta relation, String usingDb) {
        ForeignKeyMeta fk = relation.relation();
        Set<Object> keys = new LinkedHashSet<>();
        owners.forEach(o -> keys.add(fk.targetField().get(o)));
        keys.remove(null);
        List<Model> children = keys.isEmpty() ? List.of() : QueryRunner.list(QuerySpec.of(fk.model().modelClass())
                .withUsingDb(usingDb).withFilter(new Condition.Leaf(fk.name() + "__in", keys)));
        Map<Object, List<Model>> byOwner = new HashMap<>();
        children.forEach(c -> byOwner.computeIfAbsent(fk.keyField().get(c), k -> new ArrayList<>()).add(c));
        for (Model owner : owners) {
            List<Model> mine = byOwner.getOrDefault(fk.targetField().get(owner), List.of());
            // The children point at the loaded owner, so following them back needs no query.
            mine.forEach(child -> fk.set(child, owner));
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

    private static List<Model> many(List<? extends Model> owners, ManyToManyMeta m2m, String usingDb) {
        Set<Object> keys = new LinkedHashSet<>();
        owners.forEach(o -> keys.add(m2m.model().pk().get(o)));
        keys.remove(null);
        Map<Object, List<Model>> byOwner = new HashMap<>();
        List<Model> all = new ArrayList<>();
        if (!keys.isEmpty()) {
            QuerySpec spec = QuerySpec.of(m2m.target().modelClass()).withUsingDb(usingDb)
                    .withLinkedOwners(new Condition.Linked(m2m, keys));
            QueryContext ctx = QueryContext.read(spec.model(), usingDb);
            SelectCompiler.Compiled compiled = new SelectCompiler(ctx, spec).models();
            for (Map<String, Object> row : ctx.client.executeQueryDict(compiled.sql().sql(), compiled.sql().paramArray())) {
                Model target = compiled.mapper().map(row);
                byOwner.computeIfAbsent(compiled.mapper().owner(row), k -> new ArrayList<>()).add(target);
                all.add(target);
            }
        }
        for (Model owner : owners) {
            List<Model> mine = byOwner.getOrDefault(m2m.model().pk().get(owner), List.of());
            InstanceState.of(owner).fetched(m2m.name(), mine);
            HolderCache.fill(m2m.get(owner), mine);
        }
        return all;
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
