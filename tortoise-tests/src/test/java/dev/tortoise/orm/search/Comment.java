package dev.tortoise.orm.search;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.OnDelete;

/** A comment on an article, to search the article's title through a join. */
public class Comment extends Model {
    public static final Manager<Comment> objects = Manager.of(Comment.class);

    @CharField(maxLength = 100) public String author;
    @ForeignKeyField(value = "models.Article", relatedName = "comments", onDelete = OnDelete.CASCADE)
    public Article article;
}
