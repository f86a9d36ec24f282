package dev.tortoise.spi.jdbc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlScriptTest {
    private static final SqlScript.Syntax STANDARD = SqlScript.Syntax.STANDARD;
    private static final SqlScript.Syntax SQLITE = new SqlScript.Syntax(false, true);
    private static final SqlScript.Syntax MYSQL = new SqlScript.Syntax(true, false);


    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        assertEquals(List.of("CREATE TABLE a (x TEXT DEFAULT 'a;b')", "INSERT INTO \"we;ird\" VALUES ('it''s;')",
                        "SELECT `x;y` FROM t"),
                SqlScript.split("CREATE TABLE a (x TEXT DEFAULT 'a;b');\n INSERT INTO \"we;ird\" VALUES ('it''s;');"
                        + "SELECT `x;y` FROM t;", STANDARD));
    }

    @Test
    void commentsDoNotSplitAndCommentOnlyStatementsAreDropped() {
        assertEquals(List.of("-- first; still a comment\nSELECT 1", "/* a; b */ SELECT 2"),
                SqlScript.split("-- first; still a comment\nSELECT 1;\n/* a; b */ SELECT 2;\n-- trailing; comment\n",
                        SQLITE));
    }

    @Test
    void dollarQuotedBodiesStayWhole() {
        String function = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql";
        assertEquals(List.of(function, "SELECT $$a;b$$"), SqlScript.split(function + ";\nSELECT $$a;b$$", STANDARD));
    }

    @Test
    void emptyStatementsVanish() {
        assertEquals(List.of(), SqlScript.split(" ;; \n;", STANDARD));
        assertEquals(List.of("SELECT 1"), SqlScript.split("SELECT 1", STANDARD));
    }

    @Test
    void onMysqlABackslashEscapesTheQuoteAfterIt() {
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s; here', \"say \\\"hi;\\\"\")", "SELECT '\\\\'", "SELECT 2"),
                SqlScript.split("INSERT INTO t VALUES ('it\\'s; here', \"say \\\"hi;\\\"\"); SELECT '\\\\'; SELECT 2",
                        MYSQL));
        assertEquals(List.of("SELECT `a\\`", "SELECT 1"), SqlScript.split("SELECT `a\\`; SELECT 1", MYSQL),
                "identifiers have no backslash escapes");
    }

    @Test
    void elsewhereABackslashIsAnOrdinaryCharacter() {
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 1"), SqlScript.split("SELECT 'C:\\'; SELECT 1", STANDARD));
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 1"), SqlScript.split("SELECT 'C:\\'; SELECT 1", SQLITE));
    }

    @Test
    void onSqliteATriggerBodyStaysWhole() {
        String trigger = "CREATE TRIGGER stamp AFTER UPDATE ON t FOR EACH ROW BEGIN\n"
                + "  UPDATE t SET n = CASE WHEN NEW.n IS NULL THEN 0 ELSE NEW.n END WHERE id = NEW.id;\n"
                + "  INSERT INTO log (what) VALUES ('end; of it');\n"
                + "END";
        String temporary = "create temp trigger if not exists gone before delete on t begin delete from log; end";
        assertEquals(List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, n INT)", trigger, temporary, "SELECT 1"),
                SqlScript.split("CREATE TABLE t (id INTEGER PRIMARY KEY, n INT);\n" + trigger + ";\n" + temporary
                        + ";\nSELECT 1;", SQLITE));
    }

    @Test
    void outsideSqliteBeginAndEndDoNotHoldStatementsTogether() {
        assertEquals(List.of("CREATE TRIGGER x BEGIN SELECT 1", "END"),
                SqlScript.split("CREATE TRIGGER x BEGIN SELECT 1; END;", MYSQL));
    }
}
