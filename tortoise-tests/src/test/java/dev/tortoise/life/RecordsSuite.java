package dev.tortoise.life;

import dev.tortoise.Path;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.functions.Count;
import dev.tortoise.life.models.Club;
import dev.tortoise.life.models.Fixture;
import dev.tortoise.life.models.League;
import dev.tortoise.junit.SqlCapture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Record projections (issue 15): {@code QuerySet.values(Class)} reads components by name or by
 * {@code @Path}, relation paths joined in the one query, no model instances; wider number types;
 * annotations; and what a component that does not fit is told.
 */
class RecordsSuite extends LifeTestBase {

    record FixtureRow(long id, String title, @Path("league__name") String league, @Path("league") Integer leagueId,
                      BigDecimal prize) {
    }

    record Widened(@Path("id") BigDecimal key, @Path("league__id") long league, @Path("rating") BigDecimal rating) {
    }

    record LeagueSize(String name, @Path("n") long fixtures) {
    }

    record ClubOfFixture(String title, @Path("clubs__name") String club) {
    }

    record Misspelt(String titel) {
    }

    record WrongType(Integer title) {
    }

    record NoNulls(double rating) {
    }

    private League premier;

    @BeforeEach
    void rows() {
        premier = new League();
        premier.id = 1;
        premier.name = "Premier";
        premier.save();
        League second = new League();
        second.id = 2;
        second.name = "Second";
        second.save();
        Club red = Club.objects.create(c -> c.name = "Red");
        for (long id = 1; id <= 3; id++) {
            Fixture f = new Fixture();
            f.id = id;
            f.title = "F" + id;
            f.prize = id == 3 ? null : new BigDecimal(id + "0.50");
            f.rating = id == 3 ? null : id * 1.5;
            f.league = id == 3 ? second : premier;
            f.save();
            if (id == 1) {
                f.clubs.add(red);
            }
        }
    }

    @Test
    void componentsReadFieldsAndRelationPathsInOneQuery() {
        List<FixtureRow> rows;
        try (SqlCapture sql = SqlCapture.start()) {
            rows = Fixture.objects.all().orderBy("id").values(FixtureRow.class);
            assertEquals(1, sql.count(), sql.toString());
            assertTrue(sql.statements().getFirst().contains("JOIN"), sql.statements().getFirst());
        }
        assertEquals(List.of(new FixtureRow(1, "F1", "Premier", 1, new BigDecimal("10.50")),
                new FixtureRow(2, "F2", "Premier", 1, new BigDecimal("20.50")),
                new FixtureRow(3, "F3", "Second", 2, null)), rows);
        assertEquals(List.of(new FixtureRow(3, "F3", "Second", 2, null)),
                Fixture.objects.filter("league__name", "Second").values(FixtureRow.class));
        assertEquals(List.of(new ClubOfFixture("F1", "Red")),
                Fixture.objects.filter("clubs__name", "Red").values(ClubOfFixture.class));
    }

    @Test
    void componentsMayBeWiderNumbersAndAnnotations() {
        assertEquals(new Widened(new BigDecimal("2"), 1, new BigDecimal("3.0")),
                Fixture.objects.filter("id", 2).values(Widened.class).getFirst());
        assertEquals(List.of(new LeagueSize("Premier", 2), new LeagueSize("Second", 1)),
                League.objects.all().annotate("n", Count.of("fixtures")).orderBy("name").values(LeagueSize.class));
    }

    @Test
    void aComponentThatDoesNotFitIsNamed() {
        FieldException misspelt = assertThrows(FieldException.class, () -> Fixture.objects.all().values(Misspelt.class));
        assertTrue(misspelt.getMessage().startsWith("Record Misspelt component 'titel': Unknown field titel for model"
                + " Fixture"), misspelt.getMessage());
        assertTrue(misspelt.getMessage().endsWith("annotate the component with @Path(\"relation__field\")"),
                misspelt.getMessage());
        FieldException wrongType = assertThrows(FieldException.class, () -> Fixture.objects.all().values(WrongType.class));
        assertEquals("Record WrongType component 'title' is a Integer, but Fixture.title holds String values; declare the"
                + " component as String", wrongType.getMessage());
        ValidationException nulls = assertThrows(ValidationException.class,
                () -> Fixture.objects.all().orderBy("id").values(NoNulls.class));
        assertEquals("Record NoNulls component 'rating' is a double, which cannot hold the NULL that rating returned;"
                + " declare it as Double", nulls.getMessage());
        record Inexact(double prize) {
        }
        FieldException inexact = assertThrows(FieldException.class, () -> Fixture.objects.all().values(Inexact.class));
        assertEquals("Record Inexact component 'prize' is a double, but Fixture.prize holds BigDecimal values; declare"
                + " the component as BigDecimal", inexact.getMessage());
    }
}
