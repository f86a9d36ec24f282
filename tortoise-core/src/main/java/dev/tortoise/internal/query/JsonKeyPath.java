package dev.tortoise.internal.query;

import dev.tortoise.exceptions.FieldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the key path of a filter on a JSON field: in {@code data__owner__tags__0__icontains}, the
 * keys {@code owner} and {@code tags}, the array index {@code 0} (a token of digits only) and the
 * lookup {@code icontains}.
 *
 * <p>A key named like a lookup: every token but the last is a key, and the last is a lookup when
 * it names one. So {@code data__contains} tests containment of the whole document, while
 * {@code data__contains__exact} compares the key {@code contains}, and {@code data__not__in}
 * reads the key {@code not} with the lookup {@code in}. Date parts ({@code year}, {@code hour}
 * ...) are plain keys here: a JSON value has none. A key that holds {@code __} cannot be written
 * in a lookup.
 */
final class JsonKeyPath {
    /** Array indexes larger than this are refused: no JSON document of a row has so many elements. */
    private static final int MAX_DIGITS = 9;

    private JsonKeyPath() {
    }

    /**
     * Whether the tokens after a JSON field, from {@code from} on, name a key path rather than one
     * lookup of the whole field ({@code data__contains}, {@code data__isnull}).
     */
    static boolean follows(String[] tokens, int from) {
        return from < tokens.length && !(from == tokens.length - 1 && Operator.of(tokens[from]) != null);
    }

    /**
     * The target of a key path under the JSON field of {@code field}.
     *
     * @throws FieldException when a key is empty or the lookup does not apply to a key path
     */
    static Target resolve(Target field, String path, String[] tokens, int from) {
        int end = tokens.length;
        Operator op = null;
        if (end - from >= 2 && Operator.of(tokens[end - 1]) != null) {
            op = Operator.of(tokens[end - 1]);
            end--;
        }
        if (op == Operator.OVERLAP) {
            throw new FieldException("Unknown filter param '" + path + "': 'overlap' is not a lookup of a JSON key"
                    + " path (it is for @ArrayField fields). Valid lookups after a key path are " + validLookups()
                    + "; to compare a key named 'overlap', end the path with __exact");
        }
        List<Object> steps = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (tokens[i].isEmpty()) {
                throw new FieldException("Unknown filter param '" + path + "': an empty key after "
                        + String.join("__", Arrays.copyOfRange(tokens, 0, i))
                        + "; write each key of the JSON path once, separated by __");
            }
            steps.add(step(tokens[i]));
        }
        return new Target(path, field.sql(), field.field(), null, op, null, null, steps);
    }

    /** The lookups that may follow a key path: every one but {@code overlap}. */
    static List<String> validLookups() {
        List<String> valid = new ArrayList<>();
        for (Operator op : Operator.values()) {
            if (op != Operator.OVERLAP) {
                valid.add(op.token());
            }
        }
        return valid;
    }

    private static Object step(String token) {
        if (token.length() <= MAX_DIGITS && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(token);
        }
        return token;
    }
}
