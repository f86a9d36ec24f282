package dev.tortoise.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.spi.jdbc.DataSourceConnectionSource;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spring.app.TestApplication;
import dev.tortoise.testmodels.library.Author;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** tortoise.* properties alone: Tortoise makes and owns its connections; no DataSource bean is needed. */
class PropertiesOnlyTest {

    private static final String NO_DATA_SOURCE =
            "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";

    @TempDir
    Path dir;

    @Test
    void connectionsAppsAndSettingsFromProperties() {
        Tortoise tortoise;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .properties(NO_DATA_SOURCE,
                        "tortoise.connections.default=sqlite://" + dir.resolve("props.sqlite3"),
                        "tortoise.apps.models.models=dev.tortoise.testmodels.library",
                        "tortoise.apps.models.default-connection=default",
                        "tortoise.use-tz=true",
                        "tortoise.timezone=Europe/Paris",
                        "tortoise.generate-schemas=true")
                .run()) {
            tortoise = context.getBean(Tortoise.class);
            JdbcClient client = (JdbcClient) tortoise.connection("default");
            assertFalse(client.connectionSource() instanceof DataSourceConnectionSource, "Tortoise's own connection");
            Manager<Author> authors = Manager.of(Author.class);
            authors.create(a -> a.name = "from-properties");
            assertEquals(1, authors.filter("name", "from-properties").count());
            assertEquals(Status.UP, context.getBean(TortoiseHealthIndicator.class).health().getStatus());
            assertEquals(1, tortoise.apps().get("models").stream().filter(m -> m == Author.class).count());
        }
        assertTrue(tortoise.isClosed(), "the Tortoise bean closes with the context");
    }

    @Test
    void healthIsDownWhenAConnectionDoesNotAnswerAndCanBeTurnedOff() {
        String[] properties = {NO_DATA_SOURCE,
                "tortoise.connections.default=sqlite://" + dir.resolve("health.sqlite3"),
                // init connects nothing; the ping finds the folder missing
                "tortoise.connections.broken=sqlite://" + dir.resolve("missing/folder/db.sqlite3"),
                "tortoise.apps.models.models=dev.tortoise.testmodels.library"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .properties(properties).run()) {
            var health = context.getBean(TortoiseHealthIndicator.class).health();
            assertEquals(Status.DOWN, health.getStatus());
            assertEquals("UP", ((java.util.Map<?, ?>) health.getDetails().get("default")).get("status"));
            assertEquals("DOWN", ((java.util.Map<?, ?>) health.getDetails().get("broken")).get("status"));
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .properties(properties).properties("management.health.tortoise.enabled=false").run()) {
            assertTrue(context.getBeansOfType(TortoiseHealthIndicator.class).isEmpty());
        }
    }

    @Test
    void noConnectionAndNoDataSourceFailsWithAMessage() {
        var failure = assertThrows(BeanCreationException.class, () -> new SpringApplicationBuilder(TestApplication.class)
                .properties(NO_DATA_SOURCE, "tortoise.apps.models.models=dev.tortoise.testmodels.library")
                .run().close());
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("tortoise.connections"), cause.getMessage());
    }
}
