package dev.tortoise.examples;

import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.examples.models.Event;
import dev.tortoise.examples.models.Tournament;
import dev.tortoise.functions.Count;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The quick start: init from a URL, generate the schema, write and read a few rows, close.
 *
 * <p>Run it with {@code ./run example} (embedded SQLite in memory, no setup) or pass another URL:
 * {@code ./run example sqlite://quickstart.sqlite3}.
 */
public final class QuickStart {
    private static final Manager<Tournament> TOURNAMENTS = Manager.of(Tournament.class);
    private static final Manager<Event> EVENTS = Manager.of(Event.class);

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

            Tournament cup = TOURNAMENTS.create(t -> t.name = "World Cup");
            tortoise.inTransaction(() -> {
                EVENTS.create(e -> { e.name = "Final"; e.prize = new BigDecimal("1000.00"); e.tournament = cup; });
                EVENTS.create(e -> { e.name = "Semi-final"; e.prize = new BigDecimal("250.50"); e.tournament = cup; });
                return null;
            });
            System.out.println("Created tournament " + cup.pk() + " with 2 events");

            List<Event> big = EVENTS.filter("prize__gt", new BigDecimal("500")).selectRelated("tournament").list();
            System.out.println("Events with a prize over 500:");
            big.forEach(e -> System.out.println("  " + e.name + " (" + e.prize + ") in " + e.tournament.name));

            List<Map<String, Object>> perTournament = TOURNAMENTS.all()
                    .annotate("event_count", Count.of("events")).values("name", "event_count");
            System.out.println("Events per tournament: " + perTournament);

            List<Map<String, Object>> rows = tortoise.connection("default").executeQueryDict(
                    "SELECT e.\"name\" AS event, e.\"prize\" AS prize, t.\"name\" AS tournament"
                            + " FROM \"event\" e JOIN \"tournament\" t ON t.\"id\" = e.\"tournament_id\" ORDER BY e.\"id\"");
            System.out.println("Read back " + rows.size() + " events with raw SQL:");
            rows.forEach(row -> System.out.println("  " + row));
        }
        System.out.println("Closed.");
    }
}
