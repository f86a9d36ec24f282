package dev.tortoise.life;

import dev.tortoise.Model;
import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.life.models.Club;
import dev.tortoise.life.models.Counter;
import dev.tortoise.life.models.Fixture;
import dev.tortoise.life.models.Invoice;
import dev.tortoise.life.models.Journal;
import dev.tortoise.life.models.League;
import dev.tortoise.life.models.Member;
import dev.tortoise.life.models.Note;
import dev.tortoise.life.models.Reading;
import dev.tortoise.life.models.Signup;
import dev.tortoise.life.models.Wallet;
import dev.tortoise.testing.BackendSuite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

/**
 * The base of the model-lifecycle suites (issue 15), each run once per backend: one Tortoise on
 * the models of {@code dev.tortoise.life.models}, tables created once, every row deleted (with
 * {@code QuerySet.delete}, which fires no signals) and the journal cleared before each test.
 */
abstract class LifeTestBase extends BackendSuite {
    static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.life.models"));

    protected Tortoise tortoise;

    @BeforeParameterizedClassInvocation
    void openTortoise() {
        tortoise = database().closeAfter(Tortoise.init(database().url(), MODELS));
        tortoise.generateSchemas();
    }

    /** Every model of the suites, rows that refer to others first. */
    private static final List<Class<? extends Model>> DELETE_ORDER = List.of(Note.class, Member.class, Fixture.class,
            League.class, Club.class, Signup.class, Wallet.class, Counter.class, Reading.class, Invoice.class);

    @BeforeEach
    void clean() {
        for (Class<? extends Model> model : DELETE_ORDER) {
            Manager.of(model).all().delete();
        }
        Journal.LOG.clear();
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
