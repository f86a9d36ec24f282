package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.spi.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a model's default ordering ({@code @Meta(ordering)}) against its fields and relations,
 * with upstream's message. Queries check it when they use it; {@link #checkAll} lets init report
 * it before any query runs.
 */
public final class OrderingCheck {
    private OrderingCheck() {
    }

    /**
     * Checks every model of a registry.
     *
     * @throws ConfigurationException {@code Unknown fields a,b in default ordering for model Event}
     */
    public static void checkAll(ModelRegistry registry) {
        registry.models().forEach(meta -> check(meta, meta.ordering()));
    }

    /**
     * Checks ordering terms ({@code "-created"}, {@code "tournament__name"}) of a model.
     *
     * @throws ConfigurationException naming the unknown terms and the model
     */
    public static void check(ModelMeta meta, List<String> ordering) {
        List<String> unknown = new ArrayList<>();
        for (String term : ordering) {
            String path = term.startsWith("-") || term.startsWith("+") ? term.substring(1) : term;
            try {
                new PathResolver(meta, new Joins(meta, new SqlDialect()), null, Map.of())
                        .resolve(path, PathResolver.Usage.ORDER);
            } catch (FieldException e) {
                unknown.add(path);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigurationException("Unknown fields " + String.join(",", unknown)
                    + " in default ordering for model " + meta.name());
        }
    }
}
