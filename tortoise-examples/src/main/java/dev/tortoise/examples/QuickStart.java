package dev.tortoise.examples;

import dev.tortoise.Tortoise;
import dev.tortoise.spi.DbClient;
import java.util.List;
import java.util.Map;

/**
 * The quick start: init from a URL, generate the schema, write and read a few rows, close.
 *
 * <p>Run it with {@code ./run example} (embedded SQLite in memory, no setup) or pass another URL:
 * {@code ./run example sqlite://quickstart.sqlite3}.
 */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "sqlite://:memory:";
        Map<String, List<String>> modules = Map.of("models", List.of("dev.tortoise.examples.models"));

        try (Tortoise tortoise = Tortoise.init(url, modules)) {
            System.out.println("Initialised " + url + " with models " + tortoise.apps());
            tortoise.generateSchemas();
            System.out.println("Generated the schema:");
            System.out.println(tortoise.getSchemaSql("default", true));

            DbClient db = tortoise.connection("default");
            Object cup = db.executeInsert("INSERT INTO \"tournament\" (\"name\", \"created\") VALUES (?, CURRENT_TIMESTAMP)", "World Cup");
            db.executeInsert("INSERT INTO \"event\" (\"name\", \"prize\", \"tournament_id\") VALUES (?, ?, ?)", "Final", "1000.00", cup);
            db.executeInsert("INSERT INTO \"event\" (\"name\", \"prize\", \"tournament_id\") VALUES (?, ?, ?)", "Semi-final", "250.50", cup);

            List<Map<String, Object>> rows = db.executeQueryDict(
                    "SELECT e.\"name\" AS event, e.\"prize\" AS prize, t.\"name\" AS tournament"
                            + " FROM \"event\" e JOIN \"tournament\" t ON t.\"id\" = e.\"tournament_id\" ORDER BY e.\"id\"");
            System.out.println("Read back " + rows.size() + " events:");
            rows.forEach(row -> System.out.println("  " + row));
        }
        System.out.println("Closed.");
    }
}
