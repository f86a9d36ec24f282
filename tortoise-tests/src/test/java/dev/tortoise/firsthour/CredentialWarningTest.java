package dev.tortoise.firsthour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped URL parameter or credential key is not ignored without a word: init logs one WARN
 * per connection (on {@code dev.tortoise.Tortoise}) naming the key, a close known key, and every
 * key the backend knows. SQLite passes unknown keys on as PRAGMAs, so only what SQLite itself does
 * not know is reported there. Init opens no connection, so no server is needed.
 */
class CredentialWarningTest {
    private static final Map<String, List<String>> MODELS = ForeignKeyRelationSuite.MODELS;

    @TempDir
    java.nio.file.Path dir;

    /** What init wrote to the log (slf4j-simple writes to System.err) while it ran. */
    private static List<String> warningsOf(Supplier<Tortoise> init) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            init.get().close();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("unknown credential")).toList();
    }

    @Test
    void aMistypedUrlParameterIsOneWarningThatNamesItAndTheKnownKeys() {
        List<String> warnings = warningsOf(() -> Tortoise.init(
                "postgres://postgres:s3cret@127.0.0.1:5432/never_opened?maxsise=10", MODELS));
        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.getFirst();
        assertTrue(warning.contains("WARN dev.tortoise.Tortoise - Connection 'default' (tortoise.backends.postgres):"
                + " unknown credential \"maxsise\" (did you mean \"maxsize\"?) is ignored; the keys this backend knows"
                + " are host, "), warning);
        assertTrue(warning.contains(", maxsize, "), warning);
        assertTrue(!warning.contains("s3cret"), warning);
    }

    @Test
    void aMistypedCredentialOfAConfigIsReportedLikewise() {
        List<String> warnings = warningsOf(() -> Tortoise.init(TortoiseConfig.builder()
                .connection("main", "tortoise.backends.mysql", Map.of("host", "127.0.0.1", "user", "root",
                        "database", "never_opened", "pool_recylce", 60, "charset", "utf8mb4"))
                .app("models", List.of("dev.tortoise.firsthour.models"), "main")
                .build()));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains("Connection 'main' (tortoise.backends.mysql): unknown credential"
                + " \"pool_recylce\" (did you mean \"pool_recycle\"?) is ignored"), warnings.getFirst());
    }

    @Test
    void knownKeysAndSqlitePragmasPassQuietly() {
        String file = dir.resolve("quiet.sqlite3").toString();
        assertEquals(List.of(), warningsOf(() -> Tortoise.init("sqlite://" + file + "?cache_size=2000&busy_timeout=100",
                MODELS)));
        assertEquals(List.of(), warningsOf(() -> Tortoise.init(
                "postgres://postgres@127.0.0.1:5432/never_opened?maxsize=10&schema=app", MODELS)));
    }

    @Test
    void aSqliteKeyThatIsNoPragmaEitherIsReported() {
        String file = dir.resolve("typo.sqlite3").toString();
        List<String> warnings = warningsOf(() -> Tortoise.init("sqlite://" + file + "?jurnal_mode=WAL", MODELS));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains("Connection 'default' (tortoise.backends.sqlite): unknown credential"
                + " \"jurnal_mode\" (did you mean \"journal_mode\"?) is ignored; the keys this backend knows are"
                + " file_path, journal_mode, "), warnings.getFirst());
        assertTrue(warnings.getFirst().endsWith(", and any SQLite PRAGMA (PRAGMA pragma_list names them)"),
                warnings.getFirst());
    }
}
