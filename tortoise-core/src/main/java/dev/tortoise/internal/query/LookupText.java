package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.internal.config.Secrets;
import dev.tortoise.internal.types.ValueErrors;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * Filters as a person reads them in a message: {@code id=42}, {@code name__icontains=cup AND
 * prize__gt=100}. Values are shortened, a model value shows as its {@code toString()}, and the
 * value of a secret-looking lookup ({@code password}, {@code token}, ...) as {@code ***}. Used by
 * {@code DoesNotExistException} and {@code MultipleObjectsReturnedException}; never touches the
 * database.
 */
final class LookupText {

    private LookupText() {
    }

    /** The filters of a query, joined with AND; empty when there are none. */
    static String of(List<Condition> filters) {
        StringJoiner joiner = new StringJoiner(" AND ");
        for (Condition condition : filters) {
            joiner.add(render(condition, filters.size() > 1));
        }
        return joiner.toString();
    }

    private static String render(Condition condition, boolean nested) {
        return switch (condition) {
            case Condition.Leaf leaf -> leaf.lookup() + "=" + value(leaf.lookup(), leaf.value());
            case Condition.Not not -> "NOT " + render(not.inner(), true);
            case Condition.Junction junction -> {
                StringJoiner joiner = new StringJoiner(junction.and() ? " AND " : " OR ",
                        nested ? "(" : "", nested ? ")" : "");
                junction.parts().forEach(part -> joiner.add(render(part, true)));
                yield joiner.toString();
            }
            case Condition.Exists exists -> "exists " + exists.spec().model().getSimpleName() + " rows"
                    + (exists.spec().filters().isEmpty() ? "" : " where " + of(exists.spec().filters()));
            case Condition.Linked linked -> "linked through " + linked.relation().model().name() + "."
                    + linked.relation().name() + " to " + linked.ownerKeys();
        };
    }

    private static String value(String lookup, Object value) {
        if (value != null && Secrets.isSecret(lookup)) {
            return Secrets.MASK;
        }
        if (value instanceof Object[] array) {
            value = Arrays.asList(array);
        }
        if (value instanceof Collection<?> values) {
            StringJoiner joiner = new StringJoiner(", ", "[", "]");
            values.forEach(v -> joiner.add(single(v)));
            return ValueErrors.shorten(joiner.toString());
        }
        return single(value);
    }

    private static String single(Object value) {
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        if (value instanceof Model model) {
            return model.toString();
        }
        return ValueErrors.shorten(String.valueOf(value));
    }
}
