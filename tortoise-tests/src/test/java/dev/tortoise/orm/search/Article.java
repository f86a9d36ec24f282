package dev.tortoise.orm.search;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.Index;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.TextField;

/**
 * Text to search: {@code title} has a full-text index of its own (what MySQL's MATCH needs),
 * {@code body} only shares one with {@code summary}, and {@code title} also has an ordinary index,
 * which a full-text index must not collide with.
 */
@Index(value = {"title"}, fullText = true)
@Index(value = {"body", "summary"}, fullText = true)
@Index({"title"})
public class Article extends Model {
    public static final Manager<Article> objects = Manager.of(Article.class);

    @CharField(maxLength = 200) public String title;
    @TextField(nullable = true) public String body;
    @CharField(maxLength = 200, nullable = true) public String summary;
    @IntField(nullable = true) public Integer views;
}
