package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.orm.models.Address;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Player;
import dev.tortoise.orm.models.Reporter;
import dev.tortoise.orm.models.Sample;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every cross-backend suite: one database per test class (from the concrete
 * subclass's {@link TestDatabase}), one Tortoise on it with the models of
 * {@code dev.tortoise.orm.models}, their tables created once, and every row deleted before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrmTestBase {
    static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.orm.models"));

    protected Tortoise tortoise;

    /** The database of the concrete test class, registered there with {@code @RegisterExtension}. */
    protected abstract TestDatabase database();

    @BeforeAll
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

    /** {@code sqlite}, {@code postgres} or {@code mysql}. */
    protected String dialect() {
        return tortoise.connection("default").dialect();
    }

    /** The number of rows of a table, read with plain SQL. */
    protected long rows(String table) {
        String quoted = dialect().equals("mysql") ? "`" + table + "`" : "\"" + table + "\"";
        Object n = tortoise.connection("default").executeQueryDict("SELECT COUNT(*) AS n FROM " + quoted).getFirst().get("n");
        return ((Number) n).longValue();
    }
}
