package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes sure the relations a JSON writer includes are loaded on the instances it writes, with one
 * query per relation path that is not loaded yet (never one per instance): what
 * {@code prefetchRelated} would load. Blocks on the database when something is missing.
 */
public final class IncludedRelations {
    private IncludedRelations() {
    }

    /** Loads the paths ({@code "tournament"}, {@code "events__participants"}) that some instance lacks. */
    public static void load(List<? extends Model> instances, ModelMeta meta, List<String> paths) {
        if (instances.isEmpty() || paths.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            if (!loaded(instances, meta, path.split("__"), 0)) {
                missing.add(path);
            }
        }
        if (!missing.isEmpty()) {
            Prefetcher.prefetch(instances, missing, null);
        }
    }

    /** Whether every instance holds the relation at {@code names[at]} and, below it, the rest of the path. */
    private static boolean loaded(List<? extends Model> instances, ModelMeta meta, String[] names, int at) {
        if (at == names.length) {
            return true;
        }
        List<Model> next = new ArrayList<>();
        ForeignKeyMeta fk = meta.foreignKey(names[at]);
        for (Model instance : instances) {
            if (fk != null) {
                Model related = fk.get(instance);
                if (related == null ? fk.keyField().get(instance) != null : InstanceState.of(related).referenceOnly()) {
                    return false;
                }
                if (related != null) {
                    next.add(related);
                }
            } else {
                List<? extends Model> fetched = InstanceState.of(instance).fetched(names[at]);
                if (fetched == null) {
                    return false;
                }
                next.addAll(fetched);
            }
        }
        ModelMeta target = fk != null ? fk.target() : next.isEmpty() ? null
                : dev.tortoise.internal.runtime.OpenModels.meta(next.getFirst().getClass());
        return target == null || loaded(next, target, names, at + 1);
    }
}
