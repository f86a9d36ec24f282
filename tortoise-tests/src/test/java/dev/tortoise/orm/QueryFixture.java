package dev.tortoise.orm;

import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Reporter;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/** A small world of tournaments, events, teams and a reporter that the query suites read. */
final class QueryFixture {
    Tournament cup;
    Tournament league;
    Event finale;
    Event semi;
    Event opener;
    Team red;
    Team blue;
    Reporter ann;

    static QueryFixture create() {
        QueryFixture f = new QueryFixture();
        f.cup = Tournament.named("World Cup");
        f.league = Tournament.named("League 50%_off");
        f.ann = Reporter.objects.create(r -> r.name = "Ann");
        f.finale = event("Final", f.cup, "10.25", 1, "2024-07-14T20:00:00Z", Event.Status.DONE, f.ann);
        f.semi = event("Semi_Final", f.cup, "9.50", 2, "2024-07-10T18:30:00Z", Event.Status.DONE, null);
        f.opener = event("Opener", f.league, null, null, "2023-01-02T03:04:05Z", Event.Status.PLANNED, f.ann);
        f.red = Team.named("Red");
        f.blue = Team.named("Blue");
        f.finale.participants.add(f.red, f.blue);
        f.semi.participants.add(f.red);
        return f;
    }

    private static Event event(String name, Tournament t, String prize, Integer rank, String start, Event.Status status,
                               Reporter reporter) {
        return Event.objects.create(e -> {
            e.name = name;
            e.tournament = t;
            e.prize = prize == null ? null : new BigDecimal(prize);
            e.rank = rank;
            e.start = OffsetDateTime.parse(start);
            e.status = status;
            e.reporter = reporter;
        });
    }

    /** The names of events, sorted, for comparisons that do not depend on order. */
    static List<String> names(Collection<Event> events) {
        return events.stream().map(e -> e.name).sorted().toList();
    }
}
