package dev.tortoise.internal.query;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The data-driven dialect differences: quoting, pattern escaping, date parts. */
class DialectTest {

    @Test
    void quotesIdentifiersAndDoublesQuotesInside() {
        assertEquals("\"event\"", Dialect.SQLITE.quote("event"));
        assertEquals("\"a\"\"b\"", Dialect.POSTGRES.quote("a\"b"));
        assertEquals("`a``b`", Dialect.MYSQL.quote("a`b"));
        assertEquals(Dialect.MYSQL, Dialect.of("mysql"));
        assertThrows(dev.tortoise.exceptions.ConfigurationException.class, () -> Dialect.of("oracle"));
    }

    @Test
    void wildcardsInUserValuesBecomeData() {
        assertEquals("50!%!_off!!", Dialect.escapeLike("50%_off!"));
        assertEquals("a[*]b[?]c[[]d]", Dialect.escapeGlob("a*b?c[d]"));
        SqlText sqlite = new SqlText();
        Dialect.SQLITE.caseSensitiveMatch(sqlite, "\"t\".\"n\"", "%", "5*%", "%");
        assertEquals("\"t\".\"n\" GLOB ?", sqlite.sql());
        assertEquals("*5[*]%*", sqlite.params().getFirst());
        SqlText pg = new SqlText();
        Dialect.POSTGRES.caseInsensitiveMatch(pg, "c", "", "a_b", "%");
        assertEquals("UPPER(c) LIKE UPPER(?) ESCAPE '!'", pg.sql());
        assertEquals("a!_b%", pg.params().getFirst());
        SqlText my = new SqlText();
        Dialect.MYSQL.caseSensitiveMatch(my, "c", "%", "x", "");
        assertEquals("CAST(c AS BINARY) LIKE CAST(? AS BINARY) ESCAPE '!'", my.sql());
        assertEquals("%x", my.params().getFirst());
    }

    @Test
    void datePartsPerDialect() {
        assertEquals("CAST(STRFTIME('%Y', c) AS INTEGER)", Dialect.SQLITE.datePart(DatePart.YEAR, "c"));
        assertEquals("CAST(EXTRACT(MONTH FROM c) AS INTEGER)", Dialect.POSTGRES.datePart(DatePart.MONTH, "c"));
        assertEquals("WEEK(c, 3)", Dialect.MYSQL.datePart(DatePart.WEEK, "c"));
        assertEquals("EXTRACT(DAY FROM c)", Dialect.MYSQL.datePart(DatePart.DAY, "c"));
    }
}
