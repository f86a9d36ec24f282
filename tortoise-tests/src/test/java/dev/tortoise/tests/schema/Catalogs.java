package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Catalog queries and checks the per-dialect catalog tests share: each dialect keeps its own
 * catalog SQL and expected rows; only the mechanics of running and comparing live here.
 */
final class Catalogs {
    private Catalogs() {
    }

    /** Each row of a query as its values joined by {@code |}, {@code null} written as "null". */
    static List<String> rows(TestDatabase db, String sql, Object... params) {
        return db.client().executeQueryDict(sql, params).stream()
                .map(row -> row.values().stream().map(String::valueOf).collect(Collectors.joining("|")))
                .toList();
    }

    /** Runs the safe script of every module, all of them twice over, as a repeated startup would. */
    static void generateSafelyTwice(TestDatabase db, String... modules) {
        for (int run = 0; run < 2; run++) {
            for (String module : modules) {
                Schemas.generate(db, module, true);
            }
        }
    }

    /** Asserts that an insert breaking a foreign key is refused by the database. */
    static void assertForeignKeyEnforced(TestDatabase db, String insert) {
        DbClient client = db.client();
        assertThrows(IntegrityException.class, () -> client.executeUpdate(insert));
    }

    /** Asserts that an unsafe run of a module's script fails with a message naming the existing table. */
    static void assertUnsafeRunFailsNaming(TestDatabase db, String module, String table) {
        OperationalException e = assertThrows(OperationalException.class, () -> Schemas.generate(db, module, false));
        assertTrue(e.getMessage().contains("Table \"" + table + "\" already exists"), e.getMessage());
    }
}
