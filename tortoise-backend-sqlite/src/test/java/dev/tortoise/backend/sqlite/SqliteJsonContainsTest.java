package dev.tortoise.backend.sqlite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tortoise_json_contains}: PostgreSQL's {@code jsonb @>} rules, checked case by case. */
class SqliteJsonContainsTest {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static boolean contains(String target, String candidate) throws Exception {
        return SqliteJsonContains.contains(JSON.readTree(target), JSON.readTree(candidate), true);
    }

    @Test
    void objectsContainTheirSubsetsDeeply() throws Exception {
        assertTrue(contains("{\"a\":1,\"b\":{\"c\":[1,2],\"d\":\"x\"}}", "{\"b\":{\"c\":[2]}}"));
        assertTrue(contains("{\"a\":1}", "{}"));
        assertFalse(contains("{\"a\":1}", "{\"a\":2}"));
        assertFalse(contains("{\"a\":1}", "{\"b\":1}"));
        assertFalse(contains("{\"a\":{\"b\":1}}", "{\"a\":1}"));
    }

    @Test
    void arraysContainEveryElementInAnyOrder() throws Exception {
        assertTrue(contains("[1,2,3]", "[3,1,1]"));
        assertTrue(contains("[[1,2,3],{\"a\":1,\"b\":2}]", "[[1,3],{\"b\":2}]"));
        assertTrue(contains("[1,2]", "[]"));
        assertFalse(contains("[1,2]", "[1,4]"));
        assertFalse(contains("[[1,2]]", "[1]"));
    }

    @Test
    void scalarsAreEqualByValueAndAnArrayHoldsAScalarOnlyAtTheTop() throws Exception {
        assertTrue(contains("2", "2.0"));
        assertTrue(contains("\"x\"", "\"x\""));
        assertFalse(contains("\"1\"", "1"));
        assertFalse(contains("true", "1"));
        assertTrue(contains("null", "null"));
        assertTrue(contains("[\"red\",\"blue\"]", "\"red\""));
        assertFalse(contains("{\"a\":[\"x\"]}", "{\"a\":\"x\"}"));
        assertFalse(contains("\"red\"", "[\"red\"]"));
    }
}
