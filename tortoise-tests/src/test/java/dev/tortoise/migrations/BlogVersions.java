package dev.tortoise.migrations;

import java.util.Map;

/**
 * Three versions of a small blog app's models, as source, for migration tests: what a team's
 * models look like at three commits. Package {@code mig.blog.models}, app {@code blog}.
 */
final class BlogVersions {

    private BlogVersions() {
    }

    private static final String HEADER = """
            package mig.blog.models;

            import dev.tortoise.Manager;
            import dev.tortoise.Model;
            import dev.tortoise.fields.*;

            """;

    /** v1: authors and posts. */
    static Map<String, String> v1() {
        return Map.of(
                "mig/blog/models/Author.java", HEADER + """
                        public class Author extends Model {
                            public static final Manager<Author> objects = Manager.of(Author.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 100) public String name;
                        }
                        """,
                "mig/blog/models/Post.java", HEADER + """
                        public class Post extends Model {
                            public static final Manager<Post> objects = Manager.of(Post.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 100) public String title;
                            @TextField(nullable = true) public String body;
                            @IntField(dbDefault = "0") public Integer views;
                            @ForeignKeyField(value = "blog.Author", relatedName = "posts")
                            public ForeignKeyRelation<Author> author;
                        }
                        """);
    }

    /**
     * v2: {@code title} renamed {@code headline}, {@code body} removed, {@code summary} added,
     * {@code views} widened to BIGINT, headline unique per author, a new {@code Tag} model and a
     * many-to-many from posts to tags.
     */
    static Map<String, String> v2() {
        return Map.of(
                "mig/blog/models/Author.java", v1().get("mig/blog/models/Author.java"),
                "mig/blog/models/Tag.java", HEADER + """
                        public class Tag extends Model {
                            public static final Manager<Tag> objects = Manager.of(Tag.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 50, unique = true) public String name;
                        }
                        """,
                "mig/blog/models/Post.java", HEADER + """
                        @UniqueTogether({"headline", "author"})
                        public class Post extends Model {
                            public static final Manager<Post> objects = Manager.of(Post.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 100) public String headline;
                            @CharField(maxLength = 200, nullable = true) public String summary;
                            @BigIntField(dbDefault = "0") public Long views;
                            @ForeignKeyField(value = "blog.Author", relatedName = "posts")
                            public ForeignKeyRelation<Author> author;
                            @ManyToManyField(value = "blog.Tag", relatedName = "posts")
                            public ManyToManyRelation<Tag> tags;
                        }
                        """);
    }

    /**
     * v3: longer headlines, {@code summary} NOT NULL with a default, a new indexed {@code status}
     * with a default, the unique pair replaced by an index, and authors gain a unique nullable email.
     */
    static Map<String, String> v3() {
        return Map.of(
                "mig/blog/models/Author.java", HEADER + """
                        public class Author extends Model {
                            public static final Manager<Author> objects = Manager.of(Author.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 100) public String name;
                            @CharField(maxLength = 200, nullable = true, unique = true) public String email;
                        }
                        """,
                "mig/blog/models/Tag.java", v2().get("mig/blog/models/Tag.java"),
                "mig/blog/models/Post.java", HEADER + """
                        @Index({"author", "views"})
                        public class Post extends Model {
                            public static final Manager<Post> objects = Manager.of(Post.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 200) public String headline;
                            @CharField(maxLength = 200, dbDefault = "") public String summary;
                            @BigIntField(dbDefault = "0") public Long views;
                            @CharField(maxLength = 20, dbDefault = "draft", dbIndex = true) public String status;
                            @ForeignKeyField(value = "blog.Author", relatedName = "posts")
                            public ForeignKeyRelation<Author> author;
                            @ManyToManyField(value = "blog.Tag", relatedName = "posts")
                            public ManyToManyRelation<Tag> tags;
                        }
                        """);
    }

    /**
     * v4: {@code Author} renamed {@code Writer} (its table follows), tags and the many-to-many
     * gone, and a post's writer optional, set to NULL when the writer is deleted.
     */
    static Map<String, String> v4() {
        return Map.of(
                "mig/blog/models/Writer.java", HEADER + """
                        public class Writer extends Model {
                            public static final Manager<Writer> objects = Manager.of(Writer.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 100) public String name;
                            @CharField(maxLength = 200, nullable = true, unique = true) public String email;
                        }
                        """,
                "mig/blog/models/Post.java", HEADER + """
                        @Index({"author", "views"})
                        public class Post extends Model {
                            public static final Manager<Post> objects = Manager.of(Post.class);
                            @IntField(pk = true) public Integer id;
                            @CharField(maxLength = 200) public String headline;
                            @CharField(maxLength = 200, dbDefault = "") public String summary;
                            @BigIntField(dbDefault = "0") public Long views;
                            @CharField(maxLength = 20, dbDefault = "draft", dbIndex = true) public String status;
                            @ForeignKeyField(value = "blog.Writer", relatedName = "posts", nullable = true,
                                    onDelete = OnDelete.SET_NULL)
                            public ForeignKeyRelation<Writer> author;
                        }
                        """);
    }

    /** A hand-written data migration: fills empty summaries from headlines, and empties them again backwards. */
    static String fillSummaries(String className, String dependency) {
        return """
                package mig.blog.migrations;

                import dev.tortoise.migrations.Migration;
                import dev.tortoise.migrations.Operation;
                import dev.tortoise.migrations.Operations;
                import java.util.List;
                import java.util.Map;

                public final class %s extends Migration {
                    @Override
                    public List<String> dependencies() {
                        return List.of("%s");
                    }

                    @Override
                    public List<Operation> operations() {
                        return List.of(Operations.runJava(client -> {
                            for (Map<String, Object> row : client.executeQueryDict(
                                    "SELECT id, headline FROM post WHERE summary IS NULL")) {
                                client.executeUpdate("UPDATE post SET summary = ? WHERE id = ?",
                                        "About " + row.get("headline"), row.get("id"));
                            }
                        }, client -> client.executeUpdate("UPDATE post SET summary = NULL")));
                    }
                }
                """.formatted(className, dependency);
    }
}
