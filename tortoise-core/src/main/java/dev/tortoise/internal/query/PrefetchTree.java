package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ParamsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The relation loads asked of one set of instances, grouped by their first relation so that each
 * relation is read once per destination: plain paths ({@code "events__participants"}) and
 * {@code Prefetch} queries whose path goes deeper are passed on to the load of the relation they
 * start with; a query for the relation itself replaces its default query (every related row), or,
 * with {@code toAttr}, becomes a load of its own into that annotation.
 */
final class PrefetchTree {
    private PrefetchTree() {
    }

    /** One query of one relation, with what to load below the instances it returns. */
    static final class Load {
        final String relation;
        /** The annotation receiving the instances, or null for the relation itself. */
        final String toAttr;
        /** The related model's query, or null for every related row. */
        QuerySpec query;
        final List<String> paths = new ArrayList<>();
        final List<QuerySpec.PrefetchQuery> queries = new ArrayList<>();

        Load(String relation, String toAttr, QuerySpec query) {
            this.relation = relation;
            this.toAttr = toAttr;
            this.query = query;
        }
    }

    /** The loads of the first level, in the order first asked. */
    static Collection<Load> of(List<String> paths, List<QuerySpec.PrefetchQuery> queries) {
        Map<String, Load> loads = new LinkedHashMap<>();
        for (String path : paths) {
            String rest = rest(path);
            Load load = loads.computeIfAbsent(first(path), r -> new Load(r, null, null));
            if (rest != null) {
                load.paths.add(rest);
            }
        }
        for (QuerySpec.PrefetchQuery p : queries) {
            String relation = first(p.path());
            String rest = rest(p.path());
            if (rest != null) {
                loads.computeIfAbsent(relation, r -> new Load(r, null, null)).queries
                        .add(new QuerySpec.PrefetchQuery(rest, p.query(), p.toAttr()));
            } else if (p.toAttr() == null) {
                loads.computeIfAbsent(relation, r -> new Load(r, null, null)).query = p.query();
            } else {
                loads.put(relation + "\u0000" + p.toAttr(), new Load(relation, p.toAttr(), p.query()));
            }
        }
        return loads.values();
    }

    /**
     * Refuses a query that would write where another already does: the same relation twice without
     * {@code toAttr}, or the same annotation of the same instances.
     *
     * @throws ParamsException naming the relation or annotation
     */
    static void checkConflict(List<QuerySpec.PrefetchQuery> existing, QuerySpec.PrefetchQuery added) {
        for (QuerySpec.PrefetchQuery p : existing) {
            if (added.toAttr() == null && p.toAttr() == null && p.path().equals(added.path())) {
                throw new ParamsException("prefetchRelated: relation '" + added.path() + "' is given two Prefetch queries,"
                        + " and a relation holds the result of one; store the others elsewhere with"
                        + " Prefetch.of(\"" + added.path() + "\", query).toAttr(\"name\")");
            }
            if (added.toAttr() != null && added.toAttr().equals(p.toAttr())
                    && Objects.equals(parent(p.path()), parent(added.path()))) {
                throw new ParamsException("prefetchRelated: the Prefetch queries of '" + p.path() + "' and '"
                        + added.path() + "' both store into the annotation '" + added.toAttr()
                        + "' of the same instances; give each its own toAttr name");
            }
        }
    }

    private static String first(String path) {
        int split = path.indexOf("__");
        return split < 0 ? path : path.substring(0, split);
    }

    private static String rest(String path) {
        int split = path.indexOf("__");
        return split < 0 ? null : path.substring(split + 2);
    }

    private static String parent(String path) {
        int split = path.lastIndexOf("__");
        return split < 0 ? null : path.substring(0, split);
    }
}
