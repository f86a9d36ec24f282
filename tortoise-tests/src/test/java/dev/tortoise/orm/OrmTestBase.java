package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.orm.models.Address;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Player;
import dev.tortoise.orm.models.Reporter;
import dev.tortoise.orm.models.Sample;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.testing.BackendSuite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * The base of the ORM suites, each run once per backend: one database per suite and backend, one
 * Tortoise on it with the models of {@code dev.tortoise.orm.models}, their tables created once,
 * and every row deleted before each test.
 */
abstract class OrmTestBase extends BackendSuite {
    static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.orm.models"));

    protected Tortoise tortoise;

    @BeforeParameterizedClassInvocation
    void openTortoise() {
        tortoise = database().closeAfter(Tortoise.init(database().url(), MODELS));
        Schemas.create(tortoise);
    }

    @BeforeEach
    void deleteAllRows() {
        Address.objects.all().delete();
        Event.objects.all().delete();
        Tournament.objects.all().delete();
        Team.objects.all().delete();
        Reporter.objects.all().delete();
        Player.objects.all().delete();
        Sample.objects.all().delete();
    }

    /**
     * The backend's platform name ({@code sqlite}, {@code postgres}, {@code mysql}, {@code h2}),
     * for the few checks whose behaviour is genuinely the database's own (row locks, regular
     * expressions, server SQL).
     */
    protected String dialect() {
        return tortoise.connection("default").dialect();
    }

    /** An identifier quoted as the backend's platform quotes it. */
    protected String q(String identifier) {
        return database().platform().sql().quote(identifier);
    }

    /** The number of rows of a table, read with plain SQL. */
    protected long rows(String table) {
        Object n = tortoise.connection("default").executeQueryDict("SELECT COUNT(*) AS n FROM " + q(table)).getFirst().get("n");
        return ((Number) n).longValue();
    }
}
