package dev.tortoise.life;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.life.models.Club;
import dev.tortoise.life.models.Member;
import dev.tortoise.life.models.NoShouting;
import dev.tortoise.life.models.Signup;
import dev.tortoise.junit.SqlCapture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validators (issue 15): each built-in's message, a user's validator, a foreign-key validator, the
 * model's own {@code validate()}, Jakarta Bean Validation constraints; all before any SQL of save,
 * create, bulkCreate and bulkUpdate; validators made once at init.
 */
class ValidatorsSuite extends LifeTestBase {

    /** Saves a valid member changed by {@code change}; returns the failure's message, checking that no SQL ran. */
    private String refused(Consumer<Member> change) {
        Member m = Member.valid("ann");
        change.accept(m);
        try (SqlCapture sql = SqlCapture.start()) {
            ValidationException e = assertThrows(ValidationException.class, m::save);
            assertEquals(0, sql.count(), sql.toString());
            return e.getMessage();
        }
    }

    @Test
    void eachBuiltInValidatorNamesModelFieldValueAndRule() {
        assertEquals("Member.handle: Length of 'ab' 2 < 3", refused(m -> m.handle = "ab"));
        assertEquals("Member.handle: Length of 'abcdefghijklmnopqrstu' 21 > 20", refused(m -> m.handle = "abcdefghijklmnopqrstu"));
        assertEquals("Member.handle: Value 'Ann' does not match regex '[a-z][a-z0-9_]*'", refused(m -> m.handle = "Ann"));
        assertEquals("Member.age: Value 17 should be greater or equal to 18", refused(m -> m.age = 17));
        assertEquals("Member.age: Value 131 should be less or equal to 130", refused(m -> m.age = 131));
        assertEquals("Member.balance: Value -0.01 should be greater or equal to 0",
                refused(m -> m.balance = new BigDecimal("-0.01")));
        assertEquals("Member.email: Value 'ann@' is not an email address", refused(m -> m.email = "ann@"));
        assertEquals("Member.email: Value 'ann example.org' is not an email address",
                refused(m -> m.email = "ann example.org"));
        assertEquals("Member.homepage: Value 'example.org' is not a URL (http, https, ftp or ftps, with a host)",
                refused(m -> m.homepage = "example.org"));
        assertEquals("Member.homepage: Value 'mailto:ann@example.org' is not a URL (http, https, ftp or ftps, with a host)",
                refused(m -> m.homepage = "mailto:ann@example.org"));
        assertEquals("Member.seats: Value '1,,2' is not a list of non-negative integers separated by commas",
                refused(m -> m.seats = "1,,2"));
        assertEquals("Member.seats: Value '-1,2' is not a list of non-negative integers separated by commas",
                refused(m -> m.seats = "-1,2"));
        assertEquals("Member.password: Length of *** 6 < 8", refused(m -> m.password = "hunter"),
                "a secret-looking field's value is masked");
    }

    @Test
    void aUsersValidatorAForeignKeyValidatorAndTheModelsOwnCheck() {
        assertEquals("Member.bio: must not shout (NoShouting rejected 'HELLO THERE')", refused(m -> m.bio = "HELLO THERE"));
        Club shut = Club.objects.create(c -> {
            c.name = "Shut";
            c.open = false;
        });
        String closed = refused(m -> m.club = shut);
        assertTrue(closed.startsWith("Member.club: the club is closed (OpenClub rejected Club{id="), closed);
        assertEquals("Member ann left (2020-01-01) before joining (2021-01-01)", refused(m -> {
            m.joined = LocalDate.of(2021, 1, 1);
            m.left = LocalDate.of(2020, 1, 1);
        }));
        Club open = Club.objects.create(c -> c.name = "Open");
        Member ok = Member.valid("bob");
        ok.club = open;
        ok.save();
        assertEquals(1, rows("member"));
    }

    @Test
    void nullsSkipValidatorsAndValidValuesAreWritten() {
        Member m = new Member();
        m.handle = "nulls";
        m.save();
        Member.valid("full").save();
        assertEquals(2, rows("member"));
        assertEquals("1,22,333", Member.objects.get("handle", "full").seats);
    }

    @Test
    void everyWritePathValidatesBeforeAnySql() {
        Member bad = Member.valid("bad");
        bad.age = 12;
        try (SqlCapture sql = SqlCapture.start()) {
            assertThrows(ValidationException.class, () -> Member.objects.create(m -> m.handle = "X"));
            assertThrows(ValidationException.class, () -> Member.objects.bulkCreate(List.of(Member.valid("one"), bad)));
            assertEquals(0, sql.count(), sql.toString());
        }
        assertEquals(0, rows("member"), "bulkCreate inserted nothing");

        Member saved = Member.valid("saved");
        saved.save();
        saved.age = 200;
        try (SqlCapture sql = SqlCapture.start()) {
            assertEquals("Member.age: Value 200 should be less or equal to 130",
                    assertThrows(ValidationException.class, () -> Member.objects.bulkUpdate(List.of(saved), "age")).getMessage());
            assertThrows(ValidationException.class, () -> saved.save("age"));
            assertEquals(0, sql.count(), sql.toString());
        }
        saved.save("handle"); // only the named fields are checked, so the bad age is not written nor checked
        assertEquals(30, Member.objects.get("handle", "saved").age);
        assertEquals("Member.age: Value 500 should be less or equal to 130",
                assertThrows(ValidationException.class,
                        () -> Member.objects.filter("handle", "saved").update(Map.of("age", 500))).getMessage(),
                "QuerySet.update checks its values too, as upstream's to_db_value does");
    }

    @Test
    void validatorsAreMadeOnceAtInitNotPerValue() {
        int made = NoShouting.MADE.get();
        assertTrue(made >= 1);
        for (int i = 0; i < 50; i++) {
            Member m = Member.valid("mem" + i);
            m.bio = "calm " + i;
            m.save();
        }
        assertEquals(made, NoShouting.MADE.get());
    }

    @Test
    void beanValidationConstraintsRunAfterTortoisesValidators() {
        try (SqlCapture sql = SqlCapture.start()) {
            ValidationException size = assertThrows(ValidationException.class, () -> Signup.objects.create(s -> s.name = "abcdefghijkl"));
            assertEquals("Signup.name: at most 10 characters (@Size rejected 'abcdefghijkl')", size.getMessage());
            ValidationException own = assertThrows(ValidationException.class, () -> Signup.objects.create(s -> s.name = " "));
            assertEquals("Signup.name: Length of ' ' 1 < 2", own.getMessage(), "Tortoise's validators run first");
            ValidationException two = assertThrows(ValidationException.class, () -> Signup.objects.create(s -> {
                s.name = "  ";
                s.seats = 9;
            }));
            assertEquals("Signup.name: must not be blank (@NotBlank rejected '  '); 1 more violation of Signup", two.getMessage());
            assertEquals(0, sql.count(), sql.toString());
        }
        Signup saved = Signup.objects.create(s -> s.name = "ok");
        saved.seats = 7;
        saved.name = "x".repeat(20); // not named below: only the written field's constraints run
        ValidationException seats = assertThrows(ValidationException.class, () -> saved.save("seats"));
        assertEquals("Signup.seats: at most 5 (@Max rejected 7)", seats.getMessage());
        assertInstanceOf(ValidationException.class, seats);
        saved.seats = 5;
        saved.save("seats");
        assertNotNull(Signup.objects.get("seats", 5));
    }
}
