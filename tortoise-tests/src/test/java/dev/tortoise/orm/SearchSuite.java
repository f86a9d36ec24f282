package dev.tortoise.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tortoise.Q;
import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.orm.search.Article;
import dev.tortoise.orm.search.Comment;
import dev.tortoise.testing.BackendSuite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * The {@code search} lookup on each backend, with the full-text indexed models of
 * {@code dev.tortoise.orm.search}: rows matched by their words on PostgreSQL and MySQL/MariaDB,
 * the terms always bound and never parsed as query syntax (no input makes a database error), and
 * a {@link FieldException} naming field and connection on SQLite and H2, whose schema generation
 * refuses the full-text indexes.
 */
class SearchSuite extends BackendSuite {
    private static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.orm.search"));

    /** Text that is query syntax somewhere (tsquery, websearch, boolean mode, LIKE), or no words at all. */
    private static final List<String> HOSTILE = List.of("it's", "\"tortoise", "\"tortoise hare\"", "+tortoise -hare",
            "tortoise*", "*", "* *", "a *", "@2 tortoise", "~hare", "<tortoise >hare", "(tortoise", ")", "((", "tortoise & !hare",
            "tortoise | hare", "tortoise <-> hare", "a:*", "'", "''", "\\", "%_", ";--", "-", "+", "or", "", "   ",
            "\t\n", "\u00e9t\u00e9 \u2014 \u4e2d\u6587");

    private Tortoise tortoise;

    private boolean fullText() {
        return database().platform().sql().fullTextSearch();
    }

    @BeforeParameterizedClassInvocation
    void openTortoise() {
        tortoise = database().closeAfter(Tortoise.init(database().url(), MODELS));
        if (fullText()) {
            tortoise.generateSchemas();
        }
    }

    @BeforeEach
    void rows() {
        if (!fullText()) {
            return;
        }
        Comment.objects.all().delete();
        Article.objects.all().delete();
        Article race = article("The tortoise and the hare", "A slow and steady race", 10);
        article("Garden tortoise care", "Feeding lettuce daily", 3);
        article("Rabbit stories", null, null);
        Comment c = new Comment();
        c.author = "ann";
        c.article = race;
        c.save();
    }

    private static Article article(String title, String body, Integer views) {
        Article a = new Article();
        a.title = title;
        a.body = body;
        a.views = views;
        a.save();
        return a;
    }

    private static List<String> titles(String lookup, Object terms) {
        return Article.objects.filter(lookup, terms).orderBy("title").valuesList("title").stream()
                .map(row -> (String) row.getFirst()).toList();
    }

    private boolean postgres() {
        return database().platform().name().equals("postgres");
    }

    @Test
    void searchFindsRowsByTheirWords() {
        assumeTrue(fullText());
        List<String> both = List.of("Garden tortoise care", "The tortoise and the hare");
        assertEquals(both, titles("title__search", "tortoise"));
        assertEquals(both, titles("title__search", "TORTOISE"), "words match whatever their case");
        assertEquals(List.of("The tortoise and the hare"), titles("title__search", "hare"));
        assertEquals(List.of(), titles("title__search", "tort"), "whole words, not parts");
        // PostgreSQL (plainto_tsquery) wants every word; MySQL's natural-language mode any of them.
        assertEquals(postgres() ? List.of("The tortoise and the hare") : both, titles("title__search", "hare tortoise"));
        assertEquals(postgres() ? List.of() : List.of("Rabbit stories"), titles("title__search", "rabbit turtle"));
        assertEquals(List.of("Rabbit stories"), Article.objects.exclude("title__search", "tortoise").orderBy("title")
                .valuesList("title").stream().map(row -> (String) row.getFirst()).toList());
        assertEquals(1, Article.objects.filter(Q.of("title__search", "garden").or(Q.of("views__gt", 100))).count());
        assertEquals(List.of("ann"), Comment.objects.filter("article__title__search", "hare").valuesList("author")
                .stream().map(row -> (String) row.getFirst()).toList(), "through a join");
    }

    @Test
    void theTermsAreBoundAndTheSqlIsTheDialects() {
        assumeTrue(fullText());
        try (SqlCapture sql = SqlCapture.start()) {
            titles("title__search", "tortoise' OR 1=1 --");
            String statement = sql.statements().getFirst();
            assertFalse(statement.contains("tortoise"), statement);
            assertTrue(statement.contains(postgres() ? "to_tsvector('simple', \"article\".\"title\") @@ plainto_tsquery('simple', ?)"
                    : "MATCH (`article`.`title`) AGAINST (? IN NATURAL LANGUAGE MODE)"), statement);
        }
    }

    @Test
    void noInputIsADatabaseError() {
        assumeTrue(fullText());
        for (String terms : HOSTILE) {
            List<String> found = titles("title__search", terms);
            assertTrue(found.size() <= 2, terms + " -> " + found);
        }
        assertEquals(List.of(), titles("title__search", ""), "no words, no rows");
        assertEquals(List.of(), titles("title__search", "   "));
        assertEquals(List.of(), titles("title__search", "+-*()<>~@\""));
        assertEquals(List.of("Garden tortoise care", "The tortoise and the hare"), titles("title__search", "\"tortoise*"),
                "operators are punctuation: the word still counts");
        assertEquals(titles("title__search", "tortoise hare"), titles("title__search", "\"tortoise hare\""),
                "quotes make no phrase");
        assertEquals(List.of(), titles("title__search", "tort*"), "nor does a star truncate");
        if (postgres()) {
            ValidationException nul = assertThrows(ValidationException.class, () -> titles("title__search", "tor\0toise"));
            assertTrue(nul.getMessage().startsWith("A search lookup value holds a NUL character"), nul.getMessage());
        } else {
            assertEquals(List.of(), titles("title__search", "tor\0toise"), "a NUL is no letter: two words, too short");
        }
    }

    @Test
    void postgresSearchesAnyTextFieldWithOrWithoutAnIndexOfItsOwn() {
        assumeTrue(fullText() && postgres());
        assertEquals(List.of("Garden tortoise care"), titles("body__search", "lettuce"));
        assertEquals(List.of(), titles("summary__search", "lettuce"));
    }

    @Test
    void mysqlRefusesAFieldWithoutAFullTextIndexOfItsOwn() {
        assumeTrue(fullText() && !postgres());
        FieldException e = assertThrows(FieldException.class, () -> titles("body__search", "lettuce"));
        assertEquals("The lookup 'body__search' on Article.body needs a full-text index over exactly that field on"
                + " connection 'default' (mysql): add @Index(value = {\"body\"}, fullText = true) to Article and"
                + " create it", e.getMessage());
        // What the server itself says, which the check above saves users from reading.
        OperationalException server = assertThrows(OperationalException.class, () -> tortoise.connection("default")
                .executeQueryDict("SELECT id FROM article WHERE MATCH (body) AGAINST ('lettuce')"));
        assertTrue(server.getMessage().contains("Can't find FULLTEXT index matching the column list"), server.getMessage());
    }

    @Test
    void theSearchUsesTheFullTextIndex() {
        assumeTrue(fullText());
        // PostgreSQL would scan three rows rather than read an index: ask it not to, for this transaction.
        String plan = tortoise.connection("default").inTransaction(() -> {
            if (postgres()) {
                tortoise.connection("default").executeUpdate("SET LOCAL enable_seqscan = off");
            }
            return Article.objects.filter("title__search", "tortoise").explain();
        });
        assertTrue(plan.contains("fts_article_title_97ff44"), plan);
    }

    @Test
    void searchIsForTextFields() {
        ParamsException notText = assertThrows(ParamsException.class, () -> titles("views__search", "3"));
        assertEquals("The lookup 'views__search' is full-text search, which applies to text fields (CharField,"
                + " TextField), not to Article.views (INT)", notText.getMessage());
        ParamsException relation = assertThrows(ParamsException.class,
                () -> Comment.objects.filter("article__search", "x").list());
        assertTrue(relation.getMessage().startsWith("The lookup 'article__search' is full-text search"), relation.getMessage());
    }

    @Test
    void theTermsAreText() {
        assumeTrue(fullText());
        ParamsException nothing = assertThrows(ParamsException.class, () -> titles("title__search", null));
        assertEquals("The lookup 'title__search' takes the search terms as text, got null", nothing.getMessage());
        assertThrows(ParamsException.class, () -> titles("title__search", 3));
    }

    @Test
    void databasesWithoutFullTextSearchSayWhichFieldAndConnection() {
        assumeFalse(fullText());
        FieldException e = assertThrows(FieldException.class, () -> titles("title__search", "tortoise"));
        assertEquals("The lookup 'title__search' on Article.title is full-text search, which needs PostgreSQL or"
                + " MySQL/MariaDB, but connection 'default' is " + database().platform().name() + ", which has none;"
                + " use icontains there, or put the model's app on a PostgreSQL or MySQL/MariaDB connection",
                e.getMessage());
        ConfigurationException schema = assertThrows(ConfigurationException.class, tortoise::generateSchemas);
        assertTrue(schema.getMessage().startsWith("Model Article (connection 'default') declares @Index(value ="
                + " {\"title\"}, fullText = true), but full-text indexes need PostgreSQL or MySQL/MariaDB"),
                schema.getMessage());
    }
}
