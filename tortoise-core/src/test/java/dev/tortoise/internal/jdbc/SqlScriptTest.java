package dev.tortoise.internal.jdbc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlScriptTest {

    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        assertEquals(List.of("CREATE TABLE a (x TEXT DEFAULT 'a;b')", "INSERT INTO \"we;ird\" VALUES ('it''s;')",
                        "SELECT `x;y` FROM t"),
                SqlScript.split("CREATE TABLE a (x TEXT DEFAULT 'a;b');\n INSERT INTO \"we;ird\" VALUES ('it''s;');"
                        + "SELECT `x;y` FROM t;"));
    }

    @Test
    void commentsDoNotSplitAndCommentOnlyStatementsAreDropped() {
        assertEquals(List.of("-- first; still a comment\nSELECT 1", "/* a; b */ SELECT 2"),
                SqlScript.split("-- first; still a comment\nSELECT 1;\n/* a; b */ SELECT 2;\n-- trailing; comment\n"));
    }

    @Test
    void dollarQuotedBodiesStayWhole() {
        String function = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql";
        assertEquals(List.of(function, "SELECT $$a;b$$"), SqlScript.split(function + ";\nSELECT $$a;b$$"));
    }

    @Test
    void emptyStatementsVanish() {
        assertEquals(List.of(), SqlScript.split(" ;; \n;"));
        assertEquals(List.of("SELECT 1"), SqlScript.split("SELECT 1"));
    }
}
