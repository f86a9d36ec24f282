package dev.tortoise.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.BulkOptions;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.orm.models.Player;
import dev.tortoise.orm.models.Team;
import dev.tortoise.junit.SqlCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code bulkCreate} with conflicts handled (issue 14): skipped rows, rows that update the
 * existing one, keys read back where the database returns them, the clause per dialect captured.
 */
class UpsertSuite extends OrmTestBase {

    private static List<Team> teams(String... names) {
        List<Team> teams = new ArrayList<>();
        for (String name : names) {
            Team t = new Team();
            t.name = name;
            teams.add(t);
        }
        return teams;
    }

    private boolean mysql() {
        return database().engine().contains("mysql");
    }

    private Object teamId(String name) {
        return tortoise.connection("default").executeQueryDict("SELECT id FROM team WHERE name = ?", name).getFirst().get("id");
    }

    private boolean h2() {
        return database().engine().contains("h2");
    }

    @Test
    void h2SaysItHasNoUpsert() {
        org.junit.jupiter.api.Assumptions.assumeTrue(h2(), "H2 only");
        ParamsException e = assertThrows(ParamsException.class,
                () -> Team.objects.bulkCreate(teams("a"), BulkOptions.ignoreConflicts()));
        assertTrue(e.getMessage().startsWith("bulkCreate() with conflicts handled"), e.getMessage());
        assertEquals(0, rows("team"));
    }

    @Test
    void ignoreConflictsSkipsCollidingRowsAndInsertsTheRest() {
        org.junit.jupiter.api.Assumptions.assumeFalse(h2(), "H2 has no upsert (h2SaysItHasNoUpsert)");
        Team.named("taken");
        List<Team> teams = teams("fresh1", "taken", "fresh2");
        try (SqlCapture sql = SqlCapture.start()) {
            Team.objects.bulkCreate(teams, BulkOptions.ignoreConflicts());
            assertEquals(1, sql.count(), sql.toString());
            String statement = sql.statements().getFirst();
            assertTrue(statement.endsWith(mysql() ? " ON DUPLICATE KEY UPDATE `id`=`id`" : " ON CONFLICT DO NOTHING"), statement);
        }
        assertEquals(3, rows("team"));
        assertTrue(teams.stream().allMatch(t -> t.pk() == null), "a skipped row has no key to read, so none is read");
        assertThrows(IntegrityException.class, () -> Team.objects.bulkCreate(teams("taken")), "plain still fails");
    }

    @Test
    void onConflictUpdatesTheExistingRowAndReadsKeysWhereTheDatabaseReturnsThem() {
        org.junit.jupiter.api.Assumptions.assumeFalse(h2(), "H2 has no upsert (h2SaysItHasNoUpsert)");
        Player old = Player.objects.create(p -> {
            p.name = "Ann";
            p.score = 1;
        });
        Player again = new Player();
        again.id = old.id;
        again.name = "Ann (renamed, not updated)";
        again.score = 9;
        Player fresh = new Player();
        fresh.id = UUID.randomUUID();
        fresh.name = "Bob";
        fresh.score = 3;
        try (SqlCapture sql = SqlCapture.start()) {
            Player.objects.bulkCreate(List.of(again, fresh), BulkOptions.onConflict(List.of("id"), List.of("score")));
            String statement = sql.statements().getFirst();
            assertTrue(statement.endsWith(mysql() ? " ON DUPLICATE KEY UPDATE `score`=VALUES(`score`)"
                    : " ON CONFLICT (\"id\") DO UPDATE SET \"score\"=EXCLUDED.\"score\""), statement);
            assertEquals(UPSERT_GOLDEN.get(dialect()), statement, "the whole upsert, golden per dialect");
        }
        assertEquals(List.of(List.of("Ann", 9), List.of("Bob", 3)),
                Player.objects.all().orderBy("name").valuesList("name", "score"));

        Team.named("taken");
        Object takenId = teamId("taken");
        List<Team> teams = teams("new", "taken");
        Team.objects.bulkCreate(teams, BulkOptions.onConflict(List.of("name"), List.of("name")).batchSize(1));
        assertEquals(2, rows("team"));
        if (mysql()) {
            assertTrue(teams.stream().allMatch(t -> t.pk() == null), "MySQL's upsert returns no rows to read keys from");
        } else {
            assertEquals(String.valueOf(takenId), String.valueOf(teams.get(1).pk()), "the existing row's key");
            assertEquals(String.valueOf(teamId("new")), String.valueOf(teams.get(0).pk()));
            assertNotNull(teams.get(0).pk());
        }
    }

    @Test
    void badOptionsAreRefusedBeforeAnySql() {
        List<Team> teams = teams("x");
        try (SqlCapture sql = SqlCapture.start()) {
            FieldException unknown = assertThrows(FieldException.class,
                    () -> Team.objects.bulkCreate(teams, BulkOptions.onConflict(List.of("nope"), List.of("name"))));
            assertTrue(unknown.getMessage().startsWith("Unknown field nope for model Team"), unknown.getMessage());
            ParamsException pk = assertThrows(ParamsException.class,
                    () -> Team.objects.bulkCreate(teams, BulkOptions.onConflict(List.of("name"), List.of("id"))));
            assertEquals("bulkCreate() of Team: the primary key cannot be among the fields a conflict updates; name it"
                    + " in the conflict fields instead", pk.getMessage());
            assertEquals(0, sql.count(), sql.toString());
        }
        assertThrows(ParamsException.class, () -> BulkOptions.onConflict(List.of(), List.of("name")));
        assertThrows(ParamsException.class, () -> BulkOptions.ignoreConflicts().batchSize(-1));
        assertNull(teams.getFirst().pk());
    }

    /** One upsert of two rows with caller-given keys, as each dialect writes it (SQLite and PostgreSQL alike). */
    private static final java.util.Map<String, String> UPSERT_GOLDEN = java.util.Map.of(
            "sqlite", "INSERT INTO \"player\" (\"id\",\"name\",\"score\",\"active\") VALUES (?,?,?,?),(?,?,?,?) ON CONFLICT (\"id\") DO UPDATE SET \"score\"=EXCLUDED.\"score\"",
            "postgres", "INSERT INTO \"player\" (\"id\",\"name\",\"score\",\"active\") VALUES (?,?,?,?),(?,?,?,?) ON CONFLICT (\"id\") DO UPDATE SET \"score\"=EXCLUDED.\"score\"",
            "mysql", "INSERT INTO `player` (`id`,`name`,`score`,`active`) VALUES (?,?,?,?),(?,?,?,?) ON DUPLICATE KEY UPDATE `score`=VALUES(`score`)");
}
