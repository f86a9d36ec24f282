package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.internal.schema.SchemaGenerator;
import dev.tortoise.spi.SchemaDialect;
import org.junit.jupiter.api.Test;

/**
 * What every dialect's golden test (TORTOISE-SPEC §5.8) shares: the library module's script must
 * equal the golden script, which each subclass writes out in full, statement for statement.
 */
abstract class SchemaGoldenTestBase {
    private final SchemaDialect dialect;
    private final String golden;

    SchemaGoldenTestBase(SchemaDialect dialect, String golden) {
        this.dialect = dialect;
        this.golden = golden;
    }

    /** The script of a test module as a dialect writes it. */
    static String script(SchemaDialect dialect, String module, boolean safe) {
        return SchemaGenerator.sql(Schemas.models(module), dialect, safe);
    }

    /** The script of a test module as this test's dialect writes it. */
    final String script(String module, boolean safe) {
        return script(dialect, module, safe);
    }

    /** The golden script with {@code IF NOT EXISTS} after each of the given statement openings. */
    final String goldenGuarding(String... openings) {
        String guarded = golden;
        for (String opening : openings) {
            guarded = guarded.replace(opening, opening + "IF NOT EXISTS ");
        }
        return guarded;
    }

    @Test
    void workedExampleUnsafe() {
        assertEquals(golden, script(Schemas.LIBRARY, false));
    }
}
