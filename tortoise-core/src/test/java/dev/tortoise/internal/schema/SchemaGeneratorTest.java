package dev.tortoise.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.AppSpec;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ordering, naming, defaults and validation of the generator, in the SPI's default shape. */
class SchemaGeneratorTest {
    private static final String MODELS = "dev.tortoise.testmodels.schema.";

    static List<ModelMeta> models(String holder) {
        return ModelRegistry.build(List.of(new AppSpec("models", List.of(MODELS + holder), "default")), null)
                .modelsOf("default");
    }

    private static List<String> statements(String holder, boolean canAddForeignKeys, boolean safe) {
        return SchemaGenerator.script(models(holder), new PlainDialect(canAddForeignKeys), safe).sqlStatements();
    }

    private static List<String> createdTables(List<String> statements) {
        Pattern create = Pattern.compile("^CREATE TABLE (?:IF NOT EXISTS )?\"(\\w+)\"");
        return statements.stream().map(create::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    @Test
    void picksTheFirstCreatableTableThenThroughTablesNotOwnedByAModel() {
        List<String> sql = statements("Ordering", true, false);
        // Event waits for Tournament; teamevents waits for event (dbConstraint = false counts too);
        // Event.participants' through table is the TeamEvents model, so only team_team is generated.
        assertEquals(List.of("team", "tournament", "event", "teamevents", "team_team"), createdTables(sql));
    }

    @Test
    void rendersOrderingModelsStatementForStatement() {
        assertEquals(List.of(
                "CREATE TABLE \"team\" (\n    \"name\" VARCHAR(50) NOT NULL PRIMARY KEY\n)",
                "CREATE TABLE \"tournament\" (\n    \"id\" INT NOT NULL PRIMARY KEY,\n"
                        + "    \"name\" VARCHAR(100) NOT NULL\n)",
                "CREATE INDEX \"idx_tournament_name_6fe200\" ON \"tournament\" (\"name\")",
                "CREATE TABLE \"event\" (\n    \"id\" INT GENERATED,\n    \"name\" VARCHAR(50) NOT NULL,\n"
                        + "    \"tournament_id\" INT NOT NULL REFERENCES \"tournament\" (\"id\") ON DELETE CASCADE\n)",
                "CREATE TABLE \"teamevents\" (\n    \"id\" INT GENERATED,\n    \"event_id\" INT NOT NULL,\n"
                        + "    \"team_id\" VARCHAR(50) NOT NULL REFERENCES \"team\" (\"name\") ON DELETE CASCADE\n)",
                "CREATE TABLE \"team_team\" (\n"
                        + "    \"team_rel_id\" VARCHAR(50) NOT NULL REFERENCES \"team\" (\"name\") ON DELETE CASCADE,\n"
                        + "    \"team_id\" VARCHAR(50) NOT NULL REFERENCES \"team\" (\"name\") ON DELETE CASCADE\n)",
                "CREATE UNIQUE INDEX \"uidx_team_team_team_re_d994df\" ON \"team_team\" (\"team_rel_id\", \"team_id\")"),
                statements("Ordering", true, false));
    }

    @Test
    void safeAddsIfNotExistsToTablesAndIndexes() {
        List<String> safe = statements("Ordering", true, true);
        assertTrue(safe.get(0).startsWith("CREATE TABLE IF NOT EXISTS \"team\""), safe.get(0));
        assertEquals("CREATE INDEX IF NOT EXISTS \"idx_tournament_name_6fe200\" ON \"tournament\" (\"name\")", safe.get(2));
        assertEquals("CREATE UNIQUE INDEX IF NOT EXISTS \"uidx_team_team_team_re_d994df\" ON \"team_team\""
                + " (\"team_rel_id\", \"team_id\")", safe.get(6));
        assertEquals(String.join("\n", statements("Ordering", true, true).stream().map(s -> s + ";").toList()),
                SchemaGenerator.sql(models("Ordering"), new PlainDialect(true), true));
    }

    @Test
    void cyclesAreBrokenByAddingForwardKeysAfterTheTables() {
        List<String> sql = statements("Cycle", true, false);
        // Registry order Alpha, Beta, Delta, Gamma: nothing is creatable, so Alpha goes first
        // without its key to beta; then, first creatable each time, Delta, Gamma and Beta.
        assertEquals(List.of("alpha", "delta", "gamma", "beta", "alpha_delta"), createdTables(sql));
        assertEquals("CREATE TABLE \"alpha\" (\n    \"id\" INT GENERATED,\n    \"name\" VARCHAR(20) NOT NULL,\n"
                + "    \"beta_id\" INT NOT NULL,\n"
                + "    \"parent_id\" INT REFERENCES \"alpha\" (\"id\") ON DELETE SET NULL\n)", sql.get(0));
        String alter = "ALTER TABLE \"alpha\" ADD CONSTRAINT \"" + SchemaNames.foreignKey("alpha", "beta_id", "beta", "id")
                + "\" FOREIGN KEY (\"beta_id\") REFERENCES \"beta\" (\"id\") ON DELETE CASCADE";
        assertEquals(alter, sql.get(4));
        assertTrue(sql.get(5).startsWith("CREATE TABLE \"alpha_delta\""), "through tables come after the added keys");
    }

    @Test
    void withoutAlterTheCycleIsWrittenInlineInPickOrder() {
        List<String> sql = statements("Cycle", false, false);
        assertEquals(List.of("alpha", "delta", "gamma", "beta", "alpha_delta"), createdTables(sql));
        assertTrue(sql.get(0).contains("\"beta_id\" INT NOT NULL REFERENCES \"beta\" (\"id\") ON DELETE CASCADE"), sql.get(0));
        assertFalse(sql.stream().anyMatch(s -> s.startsWith("ALTER")));
    }

    @Test
    void aReferenceNoModelOfTheConnectionCreatesNamesBothTables() {
        List<ModelMeta> onlyEvent = models("Ordering").stream().filter(m -> m.name().equals("Event")).toList();
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SchemaGenerator.sql(onlyEvent, new PlainDialect(true), false));
        assertTrue(e.getMessage().startsWith("Can't create schema due to cyclic fk references"), e.getMessage());
        assertTrue(e.getMessage().contains("\"event\"") && e.getMessage().contains("\"tournament\""), e.getMessage());
    }

    @Test
    void defaultsComeOnlyFromDbDefault() {
        String table = statements("Defaults", true, false).get(0);
        assertEquals("CREATE TABLE \"thing\" (\n    \"id\" INT GENERATED,\n"
                + "    \"count\" INT NOT NULL DEFAULT 42,\n"
                + "    \"label\" VARCHAR(20) NOT NULL DEFAULT 'it''s',\n"
                + "    \"open\" BOOL NOT NULL DEFAULT 1,\n"
                + "    \"shut\" BOOL NOT NULL DEFAULT 0,\n"
                + "    \"ratio\" DOUBLE PRECISION DEFAULT NULL,\n"
                + "    \"price\" DECIMAL(5,2) NOT NULL DEFAULT 3.14,\n"
                + "    \"created\" TIMESTAMP NOT NULL,\n"
                + "    \"level\" INT NOT NULL DEFAULT -1\n)", table);
    }

    @Test
    void uniqueTogetherAndIndexesAreValidatedNamingTheModel() {
        assertFailure("UnknownUnique", "'Event.unique_together' has no 'nope' field.");
        assertFailure("ManyToManyUnique", "'Event.unique_together' 'tags' field refers to ManyToMany field.");
        assertFailure("UnknownIndex", "'Event.indexes' has no 'nope' field.");
        assertFailure("ManyToManyIndex", "'Event.indexes' 'tags' field refers to ManyToMany field.");
    }

    @Test
    void dbDefaultMustBeALiteralOfTheFieldsType() {
        assertFailure("IntDefault", "Field 'count' (IntField) of model Event has dbDefault \"forty-two\"");
        assertFailure("BooleanDefault", "Field 'open' (BooleanField) of model Event has dbDefault \"maybe\"");
        assertFailure("DecimalDefault", "Field 'price' (DecimalField) of model Event has dbDefault \"1,5\"");
    }

    private static void assertFailure(String badCase, String expectedStart) {
        List<ModelMeta> models = models("BadSchema$" + badCase);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SchemaGenerator.sql(models, new PlainDialect(true), false));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void withoutDbConstraintThereAreNoForeignKeysButTheOrderStillWaits() {
        assertEquals(List.of(
                "CREATE TABLE \"team\" (\n    \"id\" INT GENERATED,\n    \"team_name\" VARCHAR(20) NOT NULL\n)",
                "CREATE TABLE \"cup\" (\n    \"id\" INT GENERATED,\n    \"name\" VARCHAR(20) NOT NULL\n)",
                "CREATE TABLE \"event\" (\n    \"id\" INT GENERATED,\n    \"tournament_id\" INT NOT NULL\n)",
                "CREATE TABLE \"event_team\" (\n    \"event_id\" INT NOT NULL,\n    \"team_id\" INT NOT NULL\n)"),
                statements("NoConstraint", true, false));
    }

    @Test
    void noModelsNoStatements() {
        assertTrue(SchemaGenerator.script(List.of(), new PlainDialect(true) {
            @Override
            public List<String> preamble(boolean safe) {
                return List.of("CREATE SCHEMA x");
            }
        }, true).isEmpty());
    }
}
