package dev.tortoise.junit;

import dev.tortoise.ConnectionConfig;
import dev.tortoise.DbUrl;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code db_url} a {@link TortoiseTest} runs on: the configured one made unique, so that a test
 * never touches (or drops) the database the URL names.
 */
record TestDatabaseUrl(String url, boolean inMemory, boolean onServer) {

    private static final String SQLITE = "tortoise.backends.sqlite";

    static TestDatabaseUrl of(TortoiseTest test) {
        String url = test.db();
        if (!test.dbFrom().isBlank()) {
            String fromProperty = System.getProperty(test.dbFrom());
            String chosen = fromProperty != null && !fromProperty.isBlank() ? fromProperty : System.getenv(test.dbFrom());
            if (chosen != null && !chosen.isBlank()) {
                url = chosen.strip();
            }
        }
        return unique(url);
    }

    /** The URL with {@code {}} replaced by a unique token, or the token appended to the database or file name. */
    static TestDatabaseUrl unique(String url) {
        ConnectionConfig config = DbUrl.expand(url.replace("{}", "x"));
        boolean sqlite = config.engine().equals(SQLITE);
        if (sqlite && ":memory:".equals(config.credentials().get("file_path"))) {
            return new TestDatabaseUrl(url, true, false);
        }
        String token = "t" + ProcessHandle.current().pid() + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        if (url.contains("{}")) {
            return new TestDatabaseUrl(url.replace("{}", token), false, !sqlite);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        if (sqlite) {
            int slash = base.lastIndexOf('/');
            int dot = base.lastIndexOf('.');
            base = dot > slash ? base.substring(0, dot) + "_" + token + base.substring(dot) : base + "_" + token;
        } else {
            base = base + "_" + token;
        }
        return new TestDatabaseUrl(base + rest, false, !sqlite);
    }
}
