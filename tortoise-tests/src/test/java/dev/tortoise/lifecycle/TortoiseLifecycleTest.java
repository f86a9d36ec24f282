package dev.tortoise.lifecycle;



import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.lifecycle.models.Event;
import dev.tortoise.lifecycle.models.Tournament;
import dev.tortoise.lifecycle.other.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three init forms, close semantics, model ownership (decision 1), runAsync and failure clean-up. */
class TortoiseLifecycleTest {
    private static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.lifecycle.models"));

    @TempDir
    Path dir;

    @Test
    void initFromUrlBindsEveryAppToDefaultAndOpensNothing() {
        Path file = dir.resolve("db.sqlite3");
        try (Tortoise t = Tortoise.init("sqlite://" + file, MODELS)) {
            assertEquals(List.of("default"), List.copyOf(t.connections().keySet()));
            assertEquals(Map.of("models", List.of(Event.class, Tournament.class)), t.apps());
            assertEquals("sqlite", t.connection("default").dialect());
            assertFalse(Files.exists(file), "init must not open the database");
            t.connection("default").ping();
            assertTrue(Files.exists(file), "the first call opens it");
        }
    }

    @Test
    void initFromBuilderWithTwoConnectionsAndTwoApps() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", "sqlite://" + dir.resolve("a.sqlite3"))
                .connection("another_conn", "tortoise.backends.sqlite", Map.of("file_path", dir.resolve("b.sqlite3").toString()))
                .app("models", List.of("dev.tortoise.lifecycle.models"), "default")
                .app("other", List.of("dev.tortoise.lifecycle.other"), "another_conn")
                .build();
        try (Tortoise t = Tortoise.init(config)) {
            assertEquals(List.of("default", "another_conn"), List.copyOf(t.connections().keySet()));
            assertEquals(List.of(Note.class), t.apps().get("other"));
            ParamsException e = assertThrows(ParamsException.class, () -> t.inTransaction(() -> 1));
            assertEquals("You are running with multiple databases, so you should specify connection_name: [default, another_conn]",
                    e.getMessage());
            assertEquals(7, t.inTransaction("another_conn", () -> 7));
        }
    }

    @Test
    void initFromJsonFile() throws IOException {
        Path json = dir.resolve("tortoise.json");
        Files.writeString(json, """
                {"connections": {"default": {"engine": "tortoise.backends.sqlite",
                                             "credentials": {"file_path": "%s"}}},
                 "apps": {"models": {"models": ["dev.tortoise.lifecycle.models"], "default_connection": "default"}}}
                """.formatted(dir.resolve("json.sqlite3")));
        try (Tortoise t = Tortoise.init(json)) {
            assertEquals(List.of(Event.class, Tournament.class), t.apps().get("models"));
        }
    }

    @Test
    void closeIsIdempotentAndFinal() {
        Tortoise t = Tortoise.init("sqlite://:memory:", MODELS);
        Tournament cup = new Tournament();
        t.close();
        t.close();
        assertTrue(t.isClosed());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> t.connection("default"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(ConfigurationException.class, t::generateSchemas);
        assertThrows(ConfigurationException.class, t::describeModels);
        ConfigurationException model = assertThrows(ConfigurationException.class, cup::pk);
        assertTrue(model.getMessage().contains(Tournament.class.getName()), model.getMessage());
    }

    @Test
    void aModelBelongsToOneOpenInstanceAndDisjointInstancesCoexist() {
        try (Tortoise first = Tortoise.init("sqlite://:memory:", MODELS)) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> Tortoise.init("sqlite://:memory:", MODELS));
            assertTrue(e.getMessage().contains("dev.tortoise.lifecycle.models.Event"), e.getMessage());
            assertTrue(e.getMessage().contains("another open Tortoise instance"), e.getMessage());
            try (Tortoise second = Tortoise.init("sqlite://:memory:", Map.of("other", List.of("dev.tortoise.lifecycle.other")))) {
                assertFalse(second.isClosed());
                assertFalse(first.isClosed());
            }
        }
        try (Tortoise again = Tortoise.init("sqlite://:memory:", MODELS)) {
            assertFalse(again.isClosed(), "closing releases the models");
        }
    }

    @Test
    void failedInitClosesWhatItOpenedAndReleasesNothingItDidNotOwn() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", "sqlite://:memory:")
                .app("models", List.of("dev.tortoise.lifecycle.models", "dev.tortoise.lifecycle.missing"), "default")
                .build();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Tortoise.init(config));
        assertTrue(e.getMessage().startsWith("Module \"dev.tortoise.lifecycle.missing\" not found"), e.getMessage());
        try (Tortoise t = Tortoise.init("sqlite://:memory:", MODELS)) {
            assertFalse(t.isClosed(), "the failed init bound no model");
        }
    }

    @Test
    void unknownEngineNamesTheArtifactAndTheAvailableEngines() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", "tortoise.backends.oracle", Map.of("database", "x"))
                .app("models", List.of("dev.tortoise.lifecycle.models"), "default")
                .build();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Tortoise.init(config));
        assertTrue(e.getMessage().contains("tortoise.backends.oracle"), e.getMessage());
        assertTrue(e.getMessage().contains("tortoise.backends.sqlite"), e.getMessage());
    }

    @Test
    void unreachableServerFailsTheFirstCallWithoutThePassword() {
        try (Tortoise t = Tortoise.init("postgres://postgres:s3cret-pw@127.0.0.1:1/nowhere?connect_timeout=2", MODELS)) {
            DbConnectionException e = assertThrows(DbConnectionException.class, () -> t.connection("default").ping());
            assertFalse(e.getMessage().contains("s3cret-pw"), e.getMessage());
            assertTrue(e.getMessage().contains("default"), e.getMessage());
            assertFalse(t.toString().contains("s3cret-pw"));
        }
    }

    @Test
    void runAsyncReturnsTheValueAndClosesWhatTheBlockLeftOpen() throws Exception {
        Tortoise[] opened = new Tortoise[1];
        String result = Tortoise.runAsync(() -> {
            assertTrue(Thread.currentThread().isVirtual());
            opened[0] = Tortoise.init("sqlite://:memory:", MODELS);
            return "done";
        });
        assertEquals("done", result);
        assertTrue(opened[0].isClosed());
    }

    @Test
    void runAsyncLetsTheBlocksExceptionThroughUnchanged() {
        IOException thrown = new IOException("disk full");
        IOException e = assertThrows(IOException.class, () -> Tortoise.runAsync(() -> {
            Tortoise.init("sqlite://:memory:", MODELS);
            throw thrown;
        }));
        assertSame(thrown, e);
        try (Tortoise t = Tortoise.init("sqlite://:memory:", MODELS)) {
            assertFalse(t.isClosed(), "the instance opened by the failed block was closed");
        }
    }
}
