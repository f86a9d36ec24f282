package dev.tortoise;

import static dev.tortoise.DbUrlTest.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The builder, the map form and every validation message of TORTOISE-SPEC §1.2 and §1.4. */
class TortoiseConfigTest {

    /** The seed's second form, as upstream's dict. */
    static Map<String, Object> seedConfig() {
        Map<String, Object> connections = new LinkedHashMap<>();
        connections.put("default", "sqlite://default.sqlite3");
        connections.put("another_conn", map("engine", "tortoise.backends.sqlite",
                "credentials", map("file_path", "another_conn.sqlite3")));
        Map<String, Object> apps = new LinkedHashMap<>();
        apps.put("app", map("models", List.of("com.example.app.models"), "default_connection", "default"));
        apps.put("another_app", map("models", List.of("com.example.another.models"), "default_connection", "another_conn"));
        return map("connections", connections, "apps", apps, "use_tz", true, "timezone", "Europe/Paris",
                "routers", List.of("com.example.Router"));
    }

    private static ConfigurationException mapFails(Map<String, ?> config) {
        return assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromMap(config));
    }

    private static void assertMessage(String expectedStart, ConfigurationException e) {
        assertTrue(e.getMessage().startsWith(expectedStart), () -> "expected to start with <" + expectedStart
                + "> but was <" + e.getMessage() + ">");
    }

    private static Map<String, Object> withApps(Map<String, Object> apps) {
        return map("connections", map("default", "sqlite://db.sqlite3"), "apps", apps);
    }

    private static Map<String, Object> withConnections(Map<String, Object> connections) {
        return map("connections", connections, "apps", map("app", map("models", List.of("m"))));
    }

    @Test
    void fromMapReadsTheSeedForm() {
        TortoiseConfig config = TortoiseConfig.fromMap(seedConfig());
        assertEquals(List.of("default", "another_conn"), new ArrayList<>(config.connections().keySet()));
        assertEquals(DbUrl.expand("sqlite://default.sqlite3"), config.connection("default"));
        assertEquals(new ConnectionConfig("tortoise.backends.sqlite", Map.of("file_path", "another_conn.sqlite3")),
                config.connection("another_conn"));
        assertEquals(List.of("app", "another_app"), new ArrayList<>(config.apps().keySet()));
        assertEquals(new AppConfig("another_app", List.of("com.example.another.models"), "another_conn"),
                config.apps().get("another_app"));
        assertTrue(config.useTz());
        assertEquals("Europe/Paris", config.timezone());
        assertEquals(List.of("com.example.Router"), config.routers());
        assertFalse(config.createDb());
        assertTrue(config.tableNameGenerator().isEmpty());
    }

    @Test
    void builderMatchesTheMapForm() {
        TortoiseConfig built = TortoiseConfig.builder()
                .connection("default", "sqlite://default.sqlite3")
                .connection("another_conn", "tortoise.backends.sqlite", Map.of("file_path", "another_conn.sqlite3"))
                .app("app", List.of("com.example.app.models"), "default")
                .app("another_app", List.of("com.example.another.models"), "another_conn")
                .routers("com.example.Router").useTz(true).timezone("Europe/Paris")
                .build();
        TortoiseConfig read = TortoiseConfig.fromMap(seedConfig());
        assertEquals(read.connections(), built.connections());
        assertEquals(read.apps(), built.apps());
        assertEquals(read.toString(), built.toString());
    }

    @Test
    void defaults() {
        TortoiseConfig config = TortoiseConfig.builder().connection("default", "sqlite://:memory:")
                .app("app", List.of("m")).build();
        assertEquals("default", config.apps().get("app").defaultConnection());
        assertFalse(config.useTz());
        assertEquals("UTC", config.timezone());
        assertEquals(List.of(), config.routers());
        assertFalse(config.createDb());
        assertEquals("UTC", config.zone().getId());
    }

    @Test
    void builderExtras() {
        Function<Class<?>, String> generator = type -> "t_" + type.getSimpleName().toLowerCase();
        TortoiseConfig config = TortoiseConfig.builder().connection("default", "sqlite://:memory:")
                .app("app", List.of("m")).tableNameGenerator(generator).createDb(true).build();
        assertSame(generator, config.tableNameGenerator().orElseThrow());
        assertTrue(config.createDb());
        TortoiseConfig copy = config.toBuilder().createDb(false).build();
        assertFalse(copy.createDb());
        assertEquals(config.connections(), copy.connections());
        assertSame(generator, copy.tableNameGenerator().orElseThrow());
    }

    @Test
    void enginesAreCanonicalised() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("a", "postgresql", map("host", "h", "port", "5433"))
                .connection("b", "mariadb", map("host", "h"))
                .connection("c", "SQLite", map("file_path", "x.db"))
                .connection("d", "tortoise.backends.asyncpg", map())
                .app("app", List.of("m"), "a").build();
        assertEquals("tortoise.backends.postgres", config.connection("a").engine());
        assertEquals(5433, config.connection("a").credentials().get("port"), "declared keys are typed");
        assertEquals("tortoise.backends.mysql", config.connection("b").engine());
        assertEquals("tortoise.backends.sqlite", config.connection("c").engine());
        assertEquals("tortoise.backends.postgres", config.connection("d").engine());
    }

    // --- missing and empty sections --------------------------------------------------------------

    @Test
    void missingSections() {
        assertMessage("Config must define \"connections\" section", mapFails(map("apps", map("a", map("models", List.of("m"))))));
        assertMessage("Config must define \"apps\" section", mapFails(map("connections", map("default", "sqlite://x"))));
        assertMessage("Config must define \"connections\" section",
                assertThrows(ConfigurationException.class, () -> TortoiseConfig.builder().build()));
        assertMessage("Config must define \"apps\" section", assertThrows(ConfigurationException.class,
                () -> TortoiseConfig.builder().connection("default", "sqlite://x").build()));
    }

    @Test
    void emptySections() {
        assertMessage("TortoiseConfig.connections must be a non-empty dict", mapFails(withConnections(map())));
        assertMessage("TortoiseConfig.connections must be a non-empty dict", mapFails(withConnections(null)));
        assertMessage("TortoiseConfig.apps must be a non-empty dict", mapFails(withApps(map())));
        assertMessage("TortoiseConfig.apps must be a non-empty dict", mapFails(map("connections", map("d", "sqlite://x"),
                "apps", List.of())));
    }

    @Test
    void unknownTopLevelKeyIsNamedWithTheValidOnes() {
        Map<String, Object> config = withApps(map("app", map("models", List.of("m"))));
        config.put("conections", map());
        ConfigurationException e = mapFails(config);
        assertEquals("Unknown config key \"conections\" (did you mean \"connections\"?); valid keys: connections, apps,"
                + " routers, use_tz, timezone", e.getMessage());
    }

    // --- connections -------------------------------------------------------------------------------

    @Test
    void connectionValueErrors() {
        assertMessage("Connection \"default\": Connection values must be mapping or string",
                mapFails(withConnections(map("default", 5))));
        assertMessage("Connection names must be non-empty strings", mapFails(withConnections(map("", "sqlite://x"))));
        Map<Object, Object> numericKey = new HashMap<>();
        numericKey.put(1, "sqlite://x");
        assertMessage("Connection names must be non-empty strings",
                mapFails(map("connections", numericKey, "apps", map("a", map("models", List.of("m"))))));
        assertMessage("Connection \"default\": DBUrlConfig.url must be a non-empty string",
                mapFails(withConnections(map("default", ""))));
        assertMessage("Connection \"default\": Unknown DB scheme: moo", mapFails(withConnections(map("default", "moo://x"))));
    }

    @Test
    void explicitConnectionErrors() {
        assertMessage("Connection \"default\": ConnectionConfig.engine must be a non-empty string",
                mapFails(withConnections(map("default", map("credentials", map("file_path", "x"))))));
        assertMessage("Connection \"default\": ConnectionConfig.engine must be a non-empty string",
                mapFails(withConnections(map("default", map("engine", " ", "credentials", map())))));
        assertMessage("Connection \"default\": ConnectionConfig.credentials must be a dict",
                mapFails(withConnections(map("default", map("engine", "sqlite")))));
        assertMessage("Connection \"default\": ConnectionConfig.credentials must be a dict",
                mapFails(withConnections(map("default", map("engine", "sqlite", "credentials", "file.db")))));
        assertMessage("Connection \"default\": ConnectionConfig cannot set db_url together with engine/credentials",
                mapFails(withConnections(map("default", map("db_url", "sqlite://x", "engine", "sqlite")))));
        assertEquals("Unknown key \"enigne\" in connection \"default\" (did you mean \"engine\"?); valid keys: engine,"
                        + " credentials, db_url",
                mapFails(withConnections(map("default", map("enigne", "sqlite", "credentials", map())))).getMessage());
        assertMessage("Connection \"default\": Engine tortoise.backends.sqlite requires credential \"file_path\"",
                mapFails(withConnections(map("default", map("engine", "sqlite", "credentials", map())))));
        assertMessage("Connection \"default\": Credential \"port\" must be an integer, got \"abc\"",
                mapFails(withConnections(map("default", map("engine", "postgres", "credentials", map("port", "abc"))))));
    }

    @Test
    void dbUrlInsideAConnectionMap() {
        TortoiseConfig config = TortoiseConfig.fromMap(withConnections(map("default", map("db_url", "sqlite://x.db"))));
        assertEquals("x.db", config.connection("default").credentials().get("file_path"));
    }

    @Test
    void builderConnectionErrors() {
        assertMessage("Connection \"a\" is defined twice", assertThrows(ConfigurationException.class,
                () -> TortoiseConfig.builder().connection("a", "sqlite://x").connection("a", "sqlite://y")
                        .app("app", List.of("m"), "a").build()));
        assertMessage("Connection names must be non-empty strings", assertThrows(ConfigurationException.class,
                () -> TortoiseConfig.builder().connection(null, "sqlite://x").app("app", List.of("m")).build()));
        assertMessage("Connection \"a\": ConnectionConfig.credentials must be a dict", assertThrows(
                ConfigurationException.class, () -> TortoiseConfig.builder().connection("a", "sqlite", null)
                        .app("app", List.of("m"), "a").build()));
        assertMessage("Connection \"a\": ConnectionConfig.engine must be a non-empty string", assertThrows(
                ConfigurationException.class, () -> TortoiseConfig.builder().connection("a", "", Map.of())
                        .app("app", List.of("m"), "a").build()));
    }

    // --- apps ----------------------------------------------------------------------------------------

    @Test
    void appErrors() {
        assertMessage("App \"app\": AppConfig must be created from a mapping", mapFails(withApps(map("app", List.of("m")))));
        assertMessage("App \"app\": AppConfig requires \"models\"", mapFails(withApps(map("app", map()))));
        assertMessage("App \"app\": AppConfig.models must be a list of strings",
                mapFails(withApps(map("app", map("models", "com.example.models")))));
        assertMessage("App \"app\": AppConfig.models must be a non-empty list of strings",
                mapFails(withApps(map("app", map("models", List.of())))));
        assertMessage("App \"app\": AppConfig.models must contain non-empty strings",
                mapFails(withApps(map("app", map("models", List.of("m", ""))))));
        assertMessage("App \"app\": AppConfig.models must contain non-empty strings",
                mapFails(withApps(map("app", map("models", List.of("m", 5))))));
        assertMessage("App \"app\": AppConfig.default_connection must be a string or None",
                mapFails(withApps(map("app", map("models", List.of("m"), "default_connection", 1)))));
        assertMessage("App names must be non-empty strings", mapFails(withApps(map("", map("models", List.of("m"))))));
        assertEquals("Unknown key \"model\" in app \"app\" (did you mean \"models\"?); valid keys: models,"
                + " default_connection, migrations", mapFails(withApps(map("app", map("model", List.of("m"))))).getMessage());
        assertMessage("App \"app\": AppConfig.migrations must be a package name string or None, e.g."
                + " \"com.example.app.migrations\", got Integer 3", mapFails(withApps(map("app", map("models", List.of("m"), "migrations", 3)))));
        assertMessage("App \"app\": AppConfig.migrations must be a Java package name such as"
                + " \"com.example.app.migrations\", got \"com/example/migrations\"",
                mapFails(withApps(map("app", map("models", List.of("m"), "migrations", "com/example/migrations")))));
    }

    @Test
    void migrationsPackageFromMapsBuilderAndCopies() {
        TortoiseConfig fromMap = TortoiseConfig.fromMap(withApps(map("blog", map("models", List.of("com.example.blog"),
                "migrations", "com.example.blog.migrations"))));
        assertEquals("com.example.blog.migrations", fromMap.apps().get("blog").migrations());
        TortoiseConfig built = TortoiseConfig.builder().connection("default", "sqlite://:memory:")
                .app("blog", List.of("com.example.blog"), null, "com.example.blog.migrations").build();
        assertEquals(new AppConfig("blog", List.of("com.example.blog"), "default", "com.example.blog.migrations"),
                built.apps().get("blog"));
        assertEquals("com.example.blog.migrations", built.toBuilder().build().apps().get("blog").migrations());
        assertEquals(null, TortoiseConfig.builder().connection("default", "sqlite://:memory:")
                .app("blog", List.of("com.example.blog")).build().apps().get("blog").migrations());
    }

    @Test
    void appRefersToUnknownConnection() {
        ConfigurationException e = mapFails(withApps(map("app", map("models", List.of("m"), "default_connection", "other"))));
        assertEquals("App \"app\" refers to unknown connection \"other\"; configured connections: default", e.getMessage());
        ConfigurationException implicit = assertThrows(ConfigurationException.class,
                () -> TortoiseConfig.builder().connection("main", "sqlite://x").app("app", List.of("m")).build());
        assertEquals("App \"app\" refers to unknown connection \"default\"; configured connections: main",
                implicit.getMessage());
    }

    @Test
    void nullDefaultConnectionMeansDefault() {
        TortoiseConfig config = TortoiseConfig.fromMap(withApps(map("app", map("models", List.of("m"), "default_connection", null))));
        assertEquals("default", config.apps().get("app").defaultConnection());
    }

    @Test
    void duplicateAppInBuilder() {
        assertMessage("App \"app\" is defined twice", assertThrows(ConfigurationException.class,
                () -> TortoiseConfig.builder().connection("default", "sqlite://x").app("app", List.of("m"))
                        .app("app", List.of("n")).build()));
    }

    // --- routers, use_tz, timezone --------------------------------------------------------------------

    @Test
    void settingErrors() {
        Map<String, Object> config = withApps(map("app", map("models", List.of("m"))));
        config.put("routers", "com.example.Router");
        assertMessage("TortoiseConfig.routers must be a list or None", mapFails(config));
        config.put("routers", List.of(5));
        assertMessage("Router must be a Router instance, a Router class or a class name, got a java.lang.Integer at"
                + " routers[0]", mapFails(config));
        config.put("routers", null);
        config.put("use_tz", "yes");
        assertMessage("TortoiseConfig.use_tz must be a bool or None, got \"yes\"", mapFails(config));
        config.put("use_tz", null);
        config.put("timezone", 2);
        assertMessage("TortoiseConfig.timezone must be a string or None", mapFails(config));
        config.put("timezone", "Mars/Olympus_Mons");
        assertMessage("Unknown timezone \"Mars/Olympus_Mons\"", mapFails(config));
        config.put("timezone", null);
        assertEquals("UTC", TortoiseConfig.fromMap(config).timezone());
    }

    @Test
    void routerEntriesOfEveryKind() {
        Router instance = new Router() { };
        TortoiseConfig config = TortoiseConfig.builder().connection("default", "sqlite://x").app("app", List.of("m"))
                .routers(instance, NoAnswerRouter.class, "com.example.NamedRouter").build();
        assertEquals(List.of(instance, NoAnswerRouter.class, "com.example.NamedRouter"), config.routers());
        assertMessage("Router must be a Router instance, a Router class or a class name, got class java.lang.String",
                assertThrows(ConfigurationException.class, () -> TortoiseConfig.builder().connection("default", "sqlite://x")
                        .app("app", List.of("m")).routers(String.class).build()));
    }

    /** A router used by class. */
    public static final class NoAnswerRouter implements Router {
    }

    // --- immutability and masking ---------------------------------------------------------------------

    @Test
    void builtConfigIsImmutableAndIndependentOfItsInputs() {
        Map<String, Object> credentials = new LinkedHashMap<>(map("host", "h", "password", "pw", "server_settings",
                new HashMap<>(Map.of("jit", "off"))));
        List<String> models = new ArrayList<>(List.of("m"));
        TortoiseConfig.Builder builder = TortoiseConfig.builder().connection("default", "postgres", credentials)
                .app("app", models);
        TortoiseConfig config = builder.build();
        credentials.put("host", "changed");
        models.add("n");
        builder.useTz(true).app("other", List.of("x"));
        assertEquals("h", config.connection("default").credentials().get("host"));
        assertEquals(List.of("m"), config.apps().get("app").models());
        assertFalse(config.useTz());
        assertEquals(1, config.apps().size());

        assertThrows(UnsupportedOperationException.class, () -> config.connections().clear());
        assertThrows(UnsupportedOperationException.class, () -> config.apps().clear());
        assertThrows(UnsupportedOperationException.class, () -> config.routers().clear());
        assertThrows(UnsupportedOperationException.class, () -> config.apps().get("app").models().add("x"));
        Map<String, Object> stored = config.connection("default").credentials();
        assertThrows(UnsupportedOperationException.class, () -> stored.put("host", "x"));
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) stored.get("server_settings");
        assertThrows(UnsupportedOperationException.class, () -> settings.put("jit", "on"));
    }

    @Test
    void toStringMasksPasswordsOfEveryForm() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("url", "postgres://admin:Top+Secret1@db.example.com/app")
                .connection("explicit", "mysql", map("host", "h", "user", "u", "password", "Top+Secret2"))
                .app("app", List.of("m"), "url").build();
        String text = config.toString();
        assertFalse(text.contains("Top+Secret"), text);
        assertTrue(text.contains("password=***"), text);
        assertTrue(text.contains("host=db.example.com"), text);
        assertTrue(text.contains("user=admin"), text);
        assertTrue(text.contains("app"), text);
    }

    @Test
    void unknownConnectionLookup() {
        TortoiseConfig config = TortoiseConfig.fromMap(withApps(map("app", map("models", List.of("m")))));
        assertEquals("Unknown connection \"other\"; configured connections: default",
                assertThrows(ConfigurationException.class, () -> config.connection("other")).getMessage());
    }
}
