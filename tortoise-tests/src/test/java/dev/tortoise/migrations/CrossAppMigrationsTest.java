package dev.tortoise.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two apps, one referencing the other's model: the generated migration of the referencing app
 * depends on the other app's migration, and {@code migrate} applies the referenced app first.
 */
class CrossAppMigrationsTest {

    @Test
    void aForeignKeyToAnotherAppsModelMakesItsMigrationADependency() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            Map<String, String> models = Map.of(
                    "mig/accounts/models/User.java", """
                            package mig.accounts.models;

                            import dev.tortoise.Model;
                            import dev.tortoise.fields.*;

                            public class User extends Model {
                                @IntField(pk = true) public Integer id;
                                @CharField(maxLength = 50) public String login;
                            }
                            """,
                    "mig/blog/models/Post.java", """
                            package mig.blog.models;

                            import dev.tortoise.Model;
                            import dev.tortoise.fields.*;

                            public class Post extends Model {
                                @IntField(pk = true) public Integer id;
                                @ForeignKeyField(value = "accounts.User", relatedName = "posts")
                                public ForeignKeyRelation<mig.accounts.models.User> owner;
                            }
                            """);
            ws.models("v1", models);
            // blog is configured first, so only the dependency can put accounts first
            TortoiseConfig config = TortoiseConfig.builder().connection("default", db.url())
                    .app("blog", List.of("mig.blog.models"), "default", "mig.blog.migrations")
                    .app("accounts", List.of("mig.accounts.models"), "default", "mig.accounts.migrations").build();
            Tortoise t = db.closeAfter(ws.tortoise(config));
            Migrator m = t.migrations();
            List<Path> files = ws.with(() -> m.makeMigrations(ws.sourceRoot(), "start", List.of()));
            assertEquals(List.of("M0001_start.java", "M0001_start.java"),
                    files.stream().map(f -> f.getFileName().toString()).toList());
            assertTrue(files.get(0).toString().contains("accounts"), "the referenced app's migration is written first");
            String blog = Files.readString(files.get(1));
            assertTrue(blog.contains("package mig.blog.migrations;"), blog);
            assertTrue(blog.contains("return List.of(\"accounts.0001_start\");"), blog);
            ws.compileMigrations();
            ws.models("v1", models); // a fresh loader, which sees the compiled migrations
            assertEquals(List.of("accounts.0001_start", "blog.0001_start"), ws.with(m::migrate));
            assertEquals(List.of("blog.0001_start", "accounts.0001_start"), ws.with(m::heads));
        }
    }
}
