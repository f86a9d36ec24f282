package dev.tortoise;

import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.query.QuerySpec;
import java.util.Objects;

/**
 * A relation to prefetch with a query of its own (upstream's {@code Prefetch}), given to
 * {@link QuerySet#prefetchRelated(Prefetch...)}: the related instances are loaded with that query's
 * filters, ordering, {@code only} fields and annotations, still with one extra query for all the
 * instances of the main query.
 *
 * <pre>{@code
 * List<Tournament> tournaments = Tournament.objects.all()
 *         .prefetchRelated(Prefetch.of("events", Event.objects.filter("prize__gt", 10).orderBy("-prize")))
 *         .list();
 * tournaments.getFirst().events.list();   // only the events with a prize over 10, largest first; no query
 * }</pre>
 *
 * <p>The relation may be a foreign key, a one-to-one (either side), a reverse foreign key or a
 * many-to-many, and may be nested ({@code "events__participants"}): the query then loads the last
 * relation, and the ones before it are loaded whole, as {@code prefetchRelated(String...)} loads
 * them. A foreign key whose target the query leaves out keeps its key-only reference.
 *
 * <p>{@link #toAttr(String)} stores the instances as an annotation instead, leaving the relation
 * itself unfetched, so that one relation can be loaded several ways at once.
 *
 * <p>The relation and the query's model are checked when the query runs: a name that is not a
 * relation is a {@link dev.tortoise.exceptions.FieldException} listing the relations, a query of
 * another model than the relation's target a {@link ParamsException}. Immutable and thread-safe.
 */
public final class Prefetch {
    private final String relation;
    private final QuerySpec query;
    private final String toAttr;

    private Prefetch(String relation, QuerySpec query, String toAttr) {
        this.relation = relation;
        this.query = query;
        this.toAttr = toAttr;
    }

    /**
     * The relation {@code relation} ({@code "events"}, {@code "events__participants"}) loaded with
     * {@code query}, a query of the related model.
     *
     * @throws ParamsException for a blank relation, or a query with {@code limit} or {@code offset}:
     *         every instance's related rows come from one query, so a limit would cut across the
     *         instances instead of applying to each
     */
    public static Prefetch of(String relation, QuerySet<?> query) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(query, "query");
        if (relation.isBlank() || relation.startsWith("__") || relation.endsWith("__")) {
            throw new ParamsException("Prefetch.of needs a relation such as \"events\" or \"events__participants\", got '"
                    + relation + "'");
        }
        QuerySpec spec = query.spec();
        if (spec.limit() != null || spec.offset() != null) {
            throw new ParamsException("Prefetch.of(\"" + relation + "\", query): the query has "
                    + (spec.limit() != null ? "limit(" + spec.limit() + ")" : "offset(" + spec.offset() + ")")
                    + ", but one query loads the related rows of every instance, so it cannot limit each instance's"
                    + " share; drop limit()/offset() and cut each instance's list instead");
        }
        return new Prefetch(relation, spec, null);
    }

    /**
     * A copy that stores the loaded instances as the annotation {@code attr} of each instance, read
     * with {@link Model#annotation(String)}: always a {@code List} of the related instances (empty
     * when there are none; at most one for a foreign key or one-to-one). The relation itself is not
     * fetched.
     *
     * @throws ParamsException for a blank name; a name that is a field or relation of the instances
     *         fails when the query runs
     */
    public Prefetch toAttr(String attr) {
        Objects.requireNonNull(attr, "attr");
        if (attr.isBlank()) {
            throw new ParamsException("Prefetch.toAttr needs an annotation name, got '" + attr + "'");
        }
        return new Prefetch(relation, query, attr);
    }

    /** The relation path loaded. */
    public String relation() {
        return relation;
    }

    /** The annotation that receives the instances, or null when they go into the relation. */
    public String attr() {
        return toAttr;
    }

    QuerySpec.PrefetchQuery spec() {
        return new QuerySpec.PrefetchQuery(relation, query, toAttr);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prefetch p && relation.equals(p.relation) && query.equals(p.query)
                && Objects.equals(toAttr, p.toAttr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(relation, query, toAttr);
    }

    @Override
    public String toString() {
        return "Prefetch[" + relation + ", " + query.model().getSimpleName() + (toAttr == null ? "" : " -> " + toAttr) + "]";
    }
}
