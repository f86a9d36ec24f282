package dev.tortoise.junit.shop;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.OnDelete;

/** Two small models for the extension's tests: a book belongs to an author (module {@code dev.tortoise.junit.shop.Shop}). */
public final class Shop {
    private Shop() {
    }

    public static class Author extends Model {
        public static final Manager<Author> objects = Manager.of(Author.class);

        @IntField(pk = true) public Integer id;
        @CharField(maxLength = 100) public String name;
    }

    public static class Book extends Model {
        public static final Manager<Book> objects = Manager.of(Book.class);

        @IntField(pk = true) public Integer id;
        @CharField(maxLength = 200, unique = true) public String title;
        @ForeignKeyField(value = "models.Author", relatedName = "books", onDelete = OnDelete.RESTRICT)
        public Author author;
    }
}
