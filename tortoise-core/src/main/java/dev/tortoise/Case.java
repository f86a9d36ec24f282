package dev.tortoise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conditional value, SQL's {@code CASE WHEN ... THEN ... ELSE ... END}:
 * <pre>{@code
 * Event.objects.annotate("size", Case.when(Q.of("prize__gte", 1000), "big")
 *         .when(Q.of("prize__gte", 100), "medium")
 *         .otherwise("small"))
 * }</pre>
 * The first condition that holds gives the value. A plain Java value given as a result is a literal
 * (bound; {@code "big"} is text, not a field); refer to a column with {@code F.of("name")} or any
 * other {@link Expression}. Conditions are {@link Q}s over the queried model's fields (and
 * annotations). Immutable.
 */
public final class Case implements Expression {
    private final List<When> whens;
    private final Object otherwise;

    private Case(List<When> whens, Object otherwise) {
        this.whens = List.copyOf(whens);
        this.otherwise = otherwise;
    }

    /** One {@code WHEN condition THEN result} branch. */
    record When(Q condition, Object result) {
        When {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * The first branch: {@code result} where {@code condition} holds.
     *
     * @return a CASE whose value is NULL where no branch holds, until {@link Open#otherwise} says otherwise
     */
    public static Open when(Q condition, Object result) {
        return new Open(List.of(new When(condition, result)));
    }

    List<When> whens() {
        return whens;
    }

    Object otherwise() {
        return otherwise;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Case c && c.whens.equals(whens) && Objects.equals(c.otherwise, otherwise);
    }

    @Override
    public int hashCode() {
        return Objects.hash(whens, otherwise);
    }

    @Override
    public String toString() {
        return "Case" + whens + " else " + otherwise;
    }

    /**
     * A CASE still open to more branches; usable as it is (NULL where no branch holds). Immutable:
     * each method returns a new expression.
     */
    public static final class Open implements Expression {
        private final List<When> whens;

        private Open(List<When> whens) {
            this.whens = whens;
        }

        /** A further branch, tried after the earlier ones. */
        public Open when(Q condition, Object result) {
            List<When> all = new ArrayList<>(whens);
            all.add(new When(condition, result));
            return new Open(List.copyOf(all));
        }

        /** The value where no branch holds ({@code ELSE}); a plain value is a literal. */
        public Case otherwise(Object result) {
            return new Case(whens, result);
        }

        /** This CASE with NULL where no branch holds. */
        Case closed() {
            return new Case(whens, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Open c && c.whens.equals(whens);
        }

        @Override
        public int hashCode() {
            return whens.hashCode();
        }

        @Override
        public String toString() {
            return "Case" + whens;
        }
    }
}
