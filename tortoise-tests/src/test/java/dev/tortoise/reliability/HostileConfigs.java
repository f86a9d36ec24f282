package dev.tortoise.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile configurations from one seed: DB URLs, config maps and config file texts as
 * a careless or malicious user writes them. Each carries a {@link Planted} password where a
 * password belongs (the URL's user information, a secret credential key); mutations never move
 * it elsewhere, so any text that shows one of its tokens has leaked it.
 */
final class HostileConfigs {

    /** A generated input and the password planted in it. */
    record Input<T>(T value, Planted planted) {
    }

    private static final List<String> SCHEMES = List.of("sqlite", "postgres", "postgresql", "asyncpg", "psycopg",
            "mysql", "mariadb", "h2", "SQLITE", "PostGres", "mssql", "", "http", "sqlite3", "1abc", "postgres+x");
    private static final List<String> HOSTS = List.of("localhost", "127.0.0.1", "db.example.com", "[::1]", "[fe80::1%25eth0]",
            "", "LOCALHOST", "[::1", "::1]", "][", "[]", "h_o st", "\u0000", "xn--bcher-kva.example", "a".repeat(300));
    private static final List<String> PORTS = List.of("", "5432", "3306", "0", "1", "65535", "65536", "99999",
            "-1", "abc", "5432abc", " 5432", "00005432", "1e3", "\u0000", "9".repeat(40), ":", "0x10");
    private static final List<String> QUERY_KEYS = List.of("maxsize", "minsize", "timeout", "connect_timeout", "ssl",
            "schema", "charset", "sql_mode", "journal_mode", "busy_timeout", "port", "pool_recycle", "echo",
            "journal_size_limit", "install_regexp_functions", "application_name", "unknown", "", "max_size",
            "foreign_keys", "storage_engine", "statement_cache_size");
    private static final List<String> QUERY_VALUES = List.of("1", "0", "-1", "true", "maybe", "1e999999999", "NaN",
            "Infinity", "-0", "99999999999999999999", "utf8mb4", "WAL", "a;DROP TABLE x", "%", "%zz", "+", "%00",
            "\u0000", "", "1.5", " 5 ", "ON", "STRICT_TRANS_TABLES,NO_ZERO_DATE", "x".repeat(2000));
    private static final String JUNK = "/?#@:[]%+ &={};,'\"\\\0\t\n\r\uD800\uDFFF\uFFFF\u202Eé€{}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Random random;

    HostileConfigs(long seed) {
        this.random = new Random(seed);
    }

    // ---- URLs -----------------------------------------------------------------------------------

    /**
     * A DB URL. Nine in ten keep the shape {@code scheme://user:PASSWORD@host:port/db?query#fragment}
     * with the planted password raw (reserved characters unencoded) or percent-encoded, and hostile
     * pieces around it; the rest are mutated anywhere and plant nothing.
     */
    Input<String> url() {
        if (random.nextInt(10) == 0) {
            return new Input<>(mutate(pick(SCHEMES) + "://" + word() + "@" + pick(HOSTS) + "/" + word()), null);
        }
        Planted planted = Planted.next(random);
        String password = switch (random.nextInt(3)) {
            case 0 -> planted.password();
            case 1 -> URLEncoder.encode(planted.password(), StandardCharsets.UTF_8).replace("+", "%20");
            default -> planted.password().replace("%", "%25").replace("/", "%2F").replace("?", "%3F")
                    .replace("#", "%23");
        };
        String scheme = pick(SCHEMES);
        if (scheme.equalsIgnoreCase("sqlite") || scheme.equals("h2")) {
            // a file URL has no password: everything after the scheme is the path, shown in messages
            return new Input<>(mutate(scheme + "://" + word() + "/" + word() + ".db"), null);
        }
        StringBuilder url = new StringBuilder(scheme).append(random.nextInt(8) == 0 ? ":" : "://");
        url.append(random.nextInt(6) == 0 ? "" : mutateMaybe(word())).append(':').append(password).append('@');
        url.append(mutateMaybe(pick(HOSTS)));
        String port = pick(PORTS);
        if (!port.isEmpty()) {
            url.append(':').append(port);
        }
        url.append(random.nextInt(5) == 0 ? "" : "/" + mutateMaybe(word()));
        int keys = random.nextInt(4);
        for (int i = 0; i < keys; i++) {
            url.append(i == 0 ? '?' : '&').append(pick(QUERY_KEYS)).append('=').append(pick(QUERY_VALUES));
        }
        if (random.nextInt(8) == 0) {
            // a query value is form-encoded: raw '&', '#' or '=' would make a piece of it a key
            url.append(keys == 0 ? '?' : '&').append(random.nextBoolean() ? "password=" : "secret=")
                    .append(URLEncoder.encode(planted.password(), StandardCharsets.UTF_8));
        }
        if (random.nextInt(10) == 0) {
            url.append('#').append(word());
        }
        return new Input<>(url.toString(), planted);
    }

    // ---- maps -----------------------------------------------------------------------------------

    /** A config map in upstream's shape, with a password under secret keys and hostile changes anywhere else. */
    Input<Map<String, Object>> configMap() {
        Planted planted = Planted.next(random);
        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, Object> connections = new LinkedHashMap<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            connections.put(i == 0 ? "default" : word(), connection(planted));
        }
        config.put("connections", connections);
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("models", List.of("dev.tortoise.testmodels.library"));
        app.put("default_connection", "default");
        config.put("apps", new LinkedHashMap<>(Map.of("models", app)));
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutateMap(config, 0);
        }
        return new Input<>(config, planted);
    }

    private Object connection(Planted planted) {
        if (random.nextInt(3) == 0) {
            return url().value();
        }
        String engine = pick(List.of("tortoise.backends.postgres", "tortoise.backends.mysql", "tortoise.backends.sqlite",
                "postgres", "mariadb", "sqlite", "tortoise.backends.nope", "", "TORTOISE.BACKENDS.POSTGRES"));
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("host", pick(List.of("localhost", "127.0.0.1", "::1", "")));
        credentials.put("port", pick(List.<Object>of(5432, "5432", 0, -1, 70000, "abc", 5432L, 5432.0, 5432.5, true)));
        credentials.put("database", word());
        credentials.put("user", word());
        credentials.put(pick(List.of("password", "pwd", "pass", "secret", "api_key", "PASSWORD", "db_password")),
                planted.password());
        credentials.put("file_path", pick(List.of("db.sqlite3", ":memory:", "", "a\u0000b", "/dev/null/x", "x".repeat(5000))));
        if (random.nextBoolean()) {
            credentials.put("server_settings", new LinkedHashMap<>(Map.of("password", planted.password(),
                    "statement_timeout", pick(List.of("1000", "x y", "")))));
        }
        if (random.nextBoolean()) {
            credentials.put(pick(QUERY_KEYS), pick(List.<Object>of(1, -5, "x", true, 1.5, List.of(1), Map.of("a", 1))));
        }
        Map<String, Object> explicit = new LinkedHashMap<>();
        explicit.put("engine", engine);
        explicit.put("credentials", credentials);
        return explicit;
    }

    /** One hostile change somewhere in the map: a null or non-text key, a wrong type, deep nesting, a cycle. */
    @SuppressWarnings("unchecked")
    private void mutateMap(Map<String, Object> map, int depth) {
        List<Object> keys = new ArrayList<>(map.keySet()); // an earlier mutation may have put a null or 42 key
        if (!keys.isEmpty() && depth < 4 && random.nextInt(3) > 0) {
            Object child = map.get(keys.get(random.nextInt(keys.size())));
            if (child instanceof Map<?, ?> nested) {
                try {
                    mutateMap((Map<String, Object>) nested, depth + 1);
                    return;
                } catch (UnsupportedOperationException immutable) {
                    // Map.of: change this level instead
                }
            }
        }
        Map<Object, Object> raw = (Map<Object, Object>) (Map<?, ?>) map;
        String key = keys.isEmpty() || random.nextBoolean() || !(keys.get(0) instanceof String first)
                ? pick(List.of("connections", "apps", "routers", "use_tz", "timezone", "engine", "credentials", "db_url",
                        "models", "default_connection", "x")) : first;
        switch (random.nextInt(10)) {
            case 0 -> raw.put(null, "value");
            case 1 -> raw.put(42, "value");
            case 2 -> raw.put(key, null);
            case 3 -> raw.put(key, deep(random.nextInt(3000)));
            case 4 -> {
                Map<Object, Object> cycle = new HashMap<>();
                cycle.put("self", cycle);
                raw.put(key, cycle);
            }
            case 5 -> raw.put(key, pick(List.of(1, 1.5, true, "", " ", List.of(), Map.of(), new Object[0], 'c')));
            case 6 -> raw.put(key, junk(1 + random.nextInt(200)));
            case 7 -> raw.put(key, java.util.Arrays.asList(null, 1, "x", null));
            case 8 -> raw.put(junk(1 + random.nextInt(20)), junk(5));
            default -> raw.remove(key);
        }
    }

    private static Object deep(int depth) {
        Object value = "bottom";
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? List.of(value) : Map.of("k", value);
        }
        return value;
    }

    // ---- files ----------------------------------------------------------------------------------

    /** A config file: a generated map written as JSON or YAML (then perhaps damaged), or a pathological text. */
    Input<FileText> configFile() {
        Input<Map<String, Object>> map = configMap();
        String extension = pick(List.of(".json", ".json", ".yml", ".yaml", ".JSON", ".ini", ""));
        String text;
        try {
            text = (extension.startsWith(".y") ? YAML : JSON).writeValueAsString(map.value());
        } catch (Exception unwritable) {
            text = "{\"connections\": {\"default\": {\"engine\": \"postgres\", \"credentials\": {\"password\": \""
                    + map.planted().password().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}}";
        }
        switch (random.nextInt(8)) {
            case 0 -> text = text.substring(0, random.nextInt(text.length() + 1));
            case 1 -> text = mutate(text);
            case 2 -> text = "[".repeat(5000) + text;
            case 3 -> text = text.replace(":", random.nextBoolean() ? "" : "::");
            case 4 -> text = text.replace("\"", "'");
            case 5 -> text = "a: &a [" + "x,".repeat(100) + "]\nb: [*a,*a,*a,*a,*a,*a,*a,*a]\n" + text;
            default -> { }
        }
        return new Input<>(new FileText(text, extension), map.planted());
    }

    /** A file's text and its extension. */
    record FileText(String text, String extension) {
    }

    // ---- pieces ---------------------------------------------------------------------------------

    private String word() {
        int length = 1 + random.nextInt(12);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private String junk(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : JUNK.charAt(random.nextInt(JUNK.length())));
        }
        return out.toString();
    }

    private String mutateMaybe(String text) {
        return random.nextInt(4) == 0 ? mutate(text) : text;
    }

    /** A few random edits: a character removed, junk inserted, a piece repeated, the text cut. */
    private String mutate(String text) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (!out.isEmpty()) {
                        out.deleteCharAt(at);
                    }
                }
                case 1 -> out.insert(at, junk(1 + random.nextInt(4)));
                case 2 -> out.insert(at, junk(1).repeat(1 + random.nextInt(5000)));
                case 3 -> out.setLength(at);
                default -> out.insert(at, pick(List.of("%", "%%", "%2", "@", "[", "]", "://", "?", "#", "\0")));
            }
        }
        return out.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
