package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.QuerySet;
import java.util.function.Function;

/**
 * Lets the query layer make {@link QuerySet}s, whose constructor is not public: {@code QuerySet}
 * installs its constructor here when its class is initialised.
 */
public final class QuerySetFactory {
    private static volatile Function<QuerySpec, QuerySet<?>> factory;

    private QuerySetFactory() {
    }

    /** Called once by {@code QuerySet}'s static initialiser. */
    public static void install(Function<QuerySpec, QuerySet<?>> constructor) {
        factory = constructor;
    }

    /** A query set of a spec. */
    @SuppressWarnings("unchecked")
    static <T extends Model> QuerySet<T> create(QuerySpec spec) {
        if (factory == null) {
            try {
                Class.forName(QuerySet.class.getName(), true, QuerySet.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return (QuerySet<T>) factory.apply(spec);
    }
}
