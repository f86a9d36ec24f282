package dev.tortoise.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.orm.search.Article;
import dev.tortoise.orm.search.Comment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL of the {@code search} lookup, golden, beside {@link CompilerGoldenTest} (whose models
 * have no full-text index, which MySQL needs): the terms are one bound value, the column is the
 * qualified one (a joined table's alias too). Compiling touches no database.
 */
class SearchGoldenTest {
    private static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.orm.search"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgres|postgres://postgres@127.0.0.1:1/none"
                + "|SELECT \"article\".\"id\",\"article\".\"title\",\"article\".\"body\",\"article\".\"summary\",\"article\".\"views\" FROM \"article\" WHERE to_tsvector('simple', \"article\".\"title\") @@ plainto_tsquery('simple', ?)"
                + "|SELECT \"comment\".\"id\",\"comment\".\"author\",\"comment\".\"article_id\" FROM \"comment\" LEFT OUTER JOIN \"article\" \"comment__article\" ON \"comment\".\"article_id\"=\"comment__article\".\"id\" WHERE to_tsvector('simple', \"comment__article\".\"title\") @@ plainto_tsquery('simple', ?)",
        "mysql|mysql://root@127.0.0.1:1/none"
                + "|SELECT `article`.`id`,`article`.`title`,`article`.`body`,`article`.`summary`,`article`.`views` FROM `article` WHERE MATCH (`article`.`title`) AGAINST (? IN NATURAL LANGUAGE MODE)"
                + "|SELECT `comment`.`id`,`comment`.`author`,`comment`.`article_id` FROM `comment` LEFT OUTER JOIN `article` `comment__article` ON `comment`.`article_id`=`comment__article`.`id` WHERE MATCH (`comment__article`.`title`) AGAINST (? IN NATURAL LANGUAGE MODE)",
    })
    void searchPerPlatform(String platform, String url, String search, String joined) {
        try (Tortoise ignored = Tortoise.init(url, MODELS)) {
            assertEquals(search, Article.objects.filter("title__search", "tortoise \"hare\"").sql(), platform);
            assertEquals(joined, Comment.objects.filter("article__title__search", "hare").sql(), platform);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"sqlite|sqlite://:memory:", "h2|h2:mem:search_golden"})
    void searchIsAFieldErrorWithoutFullTextSearch(String platform, String url) {
        try (Tortoise ignored = Tortoise.init(url, MODELS)) {
            FieldException e = assertThrows(FieldException.class,
                    () -> Article.objects.filter("title__search", "hare").sql());
            assertEquals("The lookup 'title__search' on Article.title is full-text search, which needs PostgreSQL or"
                    + " MySQL/MariaDB, but connection 'default' is " + platform + ", which has none; use icontains"
                    + " there, or put the model's app on a PostgreSQL or MySQL/MariaDB connection", e.getMessage());
        }
    }

    @Test
    void mysqlRefusesASearchWithoutAFullTextIndexOfItsOwn() {
        try (Tortoise ignored = Tortoise.init("mysql://root@127.0.0.1:1/none", MODELS)) {
            FieldException e = assertThrows(FieldException.class,
                    () -> Article.objects.filter("body__search", "hare").sql());
            assertEquals("The lookup 'body__search' on Article.body needs a full-text index over exactly that field"
                    + " on connection 'default' (mysql): add @Index(value = {\"body\"}, fullText = true) to Article"
                    + " and create it", e.getMessage());
        }
    }
}
