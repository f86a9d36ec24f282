package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.internal.lifecycle.LifecycleHooks;
import dev.tortoise.internal.types.JsonMapping;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** The class-level facts of a model, read from its annotations before any field is looked at. */
record ModelDefinition(
        Class<? extends Model> modelClass,
        String app,
        String connection,
        String table,
        String schema,
        String description,
        List<String> ordering,
        List<List<String>> uniqueTogether,
        List<List<String>> indexes,
        List<List<String>> fullTextIndexes,
        MethodHandle constructor,
        LifecycleHooks hooks,
        JsonMapping json) {
}
