package dev.tortoise.internal.query;

import dev.tortoise.internal.jdbc.ServerVersion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which servers return every generated key of a multi-row INSERT (the rest get one INSERT per row). */
class ServerFeaturesTest {

    @Test
    void multiRowReturningOnSqlitePostgresAndMariaDbFrom10_5Only() {
        assertTrue(ServerFeatures.multiRowInsertReturning(Dialect.SQLITE, null));
        assertTrue(ServerFeatures.multiRowInsertReturning(Dialect.POSTGRES, null));
        assertTrue(ServerFeatures.multiRowInsertReturning(Dialect.MYSQL,
                new ServerVersion("MariaDB", "10.11.19-MariaDB-0+deb12u1", 10, 11)));
        assertTrue(ServerFeatures.multiRowInsertReturning(Dialect.MYSQL, new ServerVersion("MariaDB", "10.5.0-MariaDB", 10, 5)));
        assertTrue(ServerFeatures.multiRowInsertReturning(Dialect.MYSQL, new ServerVersion("MariaDB", "11.4.2-MariaDB", 11, 4)));
        assertFalse(ServerFeatures.multiRowInsertReturning(Dialect.MYSQL, new ServerVersion("MariaDB", "10.4.34-MariaDB", 10, 4)));
        assertFalse(ServerFeatures.multiRowInsertReturning(Dialect.MYSQL, new ServerVersion("MySQL", "8.4.0", 8, 4)));
        assertFalse(ServerFeatures.multiRowInsertReturning(Dialect.MYSQL, new ServerVersion("MySQL", "9.1.0", 9, 1)));
        assertFalse(ServerFeatures.multiRowInsertReturning(Dialect.MYSQL, null));
    }

    @Test
    void aMariaDbServerIsKnownByProductOrVersionText() {
        assertTrue(new ServerVersion("MySQL", "5.5.5-10.11.6-MariaDB", 5, 5).isMariaDb());
        assertFalse(new ServerVersion("MySQL", "8.0.36", 8, 0).isMariaDb());
        assertTrue(new ServerVersion("MariaDB", "10.6.1", 10, 6).atLeast(10, 5));
        assertFalse(new ServerVersion("MariaDB", "10.6.1", 10, 6).atLeast(10, 7));
    }
}
