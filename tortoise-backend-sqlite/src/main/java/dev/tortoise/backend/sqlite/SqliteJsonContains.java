package dev.tortoise.backend.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.SQLException;
import java.util.Map;
import org.sqlite.Function;

/**
 * {@code tortoise_json_contains(target, candidate)}: 1 when the JSON text {@code target} contains
 * the JSON text {@code candidate} as PostgreSQL's {@code jsonb @>} defines it, 0 when not, NULL
 * when either is NULL. An object contains an object whose every key it has, with a value that
 * contains the candidate's; an array contains an array whose every element is contained in one of
 * its own elements; scalars contain equal scalars (numbers by value, so {@code 2.0} and {@code 2}
 * are equal); and, at the top only, an array contains a scalar equal to one of its elements.
 * Registered on every connection by {@link SqliteFunctions}; SQLite's json1 has no such function.
 *
 * <p>One instance per connection, called by SQLite on the thread that holds the connection; it
 * keeps the last candidate it parsed, since a query passes the same one for every row. It only
 * computes, never blocks.
 */
final class SqliteJsonContains extends Function {
    /** The SQL name of the function. */
    static final String NAME = "tortoise_json_contains";

    private String lastCandidateText;
    private JsonNode lastCandidate;

    /** The parser, made on first use: loading Jackson costs a process that never calls this nothing. */
    private static final class Parser {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    @Override
    protected void xFunc() throws SQLException {
        String target = value_text(0);
        String candidateText = value_text(1);
        if (target == null || candidateText == null) {
            result();
            return;
        }
        if (!candidateText.equals(lastCandidateText)) {
            lastCandidate = parse(candidateText);
            lastCandidateText = candidateText;
        }
        result(contains(parse(target), lastCandidate, true) ? 1 : 0);
    }

    private static JsonNode parse(String text) throws SQLException {
        try {
            return Parser.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLException(NAME + ": malformed JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Whether {@code target} contains {@code candidate}; {@code top} for the outermost values. */
    static boolean contains(JsonNode target, JsonNode candidate, boolean top) {
        if (target.isObject()) {
            if (!candidate.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> entry : candidate.properties()) {
                JsonNode value = target.get(entry.getKey());
                if (value == null || !contains(value, entry.getValue(), false)) {
                    return false;
                }
            }
            return true;
        }
        if (target.isArray()) {
            if (candidate.isArray()) {
                for (JsonNode wanted : candidate) {
                    if (!anyContains(target, wanted)) {
                        return false;
                    }
                }
                return true;
            }
            return top && candidate.isValueNode() && anyContains(target, candidate);
        }
        return scalarEquals(target, candidate);
    }

    private static boolean anyContains(JsonNode array, JsonNode wanted) {
        for (JsonNode element : array) {
            if (wanted.isContainerNode() ? contains(element, wanted, false) : scalarEquals(element, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean scalarEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.isValueNode() && b.isValueNode() && a.equals(b);
    }
}
