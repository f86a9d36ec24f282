package dev.tortoise.life;

import dev.tortoise.life.models.Reading;
import dev.tortoise.junit.SqlCapture;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defaults (issue 15): a {@code defaultSupplier} fills null fields on insert (each row its own
 * value, bulk included), {@code dbDefault} literals and {@code dbDefaultSql} expressions are left to
 * the database, {@code autoNow}/{@code autoNowAdd} behave on save, create and the bulk calls.
 */
class DefaultsSuite extends LifeTestBase {

    @Test
    void aSupplierFillsNullFieldsOnInsertOnly() {
        Reading first = Reading.objects.create(r -> { });
        assertTrue(first.label.startsWith("label-"), first.label);
        assertNotNull(first.id, "a UUID key is random");
        Reading chosen = Reading.objects.create(r -> r.label = "mine");
        assertEquals("mine", chosen.label, "an explicit value wins");
        String label = first.label;
        first.label = null;
        first.save("state"); // an update never asks the supplier
        assertEquals(label, Reading.objects.get("pk", first.id).label);

        Reading a = new Reading();
        Reading b = new Reading();
        Reading.objects.bulkCreate(List.of(a, b));
        assertNotNull(a.label);
        assertTrue(!a.label.equals(b.label), a.label + " vs " + b.label);
        assertEquals(Set.of(a.label, b.label), Set.copyOf(Reading.objects.filter("id__in", List.of(a.id, b.id))
                .values("label").stream().map(row -> row.get("label")).toList()), "each row got its own value");
    }

    @Test
    void databaseDefaultsFillWhatTheInsertLeavesOut() {
        String ddl = tortoise.getSchemaSql("default", true);
        assertTrue(ddl.contains(q("stamped") + " ") && ddl.contains("DEFAULT CURRENT_TIMESTAMP"), ddl);
        Reading r;
        try (SqlCapture sql = SqlCapture.start()) {
            r = Reading.objects.create(x -> { });
            assertEquals(2, sql.count(), "the INSERT, then one SELECT of what the database filled in: " + sql);
        }
        assertEquals(7, r.level);
        assertEquals("new", r.state);
        assertNotNull(r.stamped);
        r.label = "changed";
        r.save(); // writes the stored defaults back, not NULL
        Reading loaded = Reading.objects.get("pk", r.id);
        assertEquals(7, loaded.level);
        assertEquals(r.stamped.toInstant(), loaded.stamped.toInstant());

        Reading bulk = new Reading();
        Reading.objects.bulkCreate(List.of(bulk));
        assertEquals(7, bulk.level, "bulkCreate reads them back too");
        assertNotNull(bulk.stamped);
        Reading explicit;
        try (SqlCapture sql = SqlCapture.start()) {
            explicit = Reading.objects.create(x -> {
                x.level = 3;
                x.state = "old";
                x.stamped = OffsetDateTime.parse("2020-02-02T10:00:00Z");
            });
            assertEquals(1, sql.count(), "nothing left to the database, nothing to read back: " + sql);
        }
        explicit.refreshFromDb();
        assertEquals(3, explicit.level);
        assertEquals("old", explicit.state);
        assertEquals(OffsetDateTime.parse("2020-02-02T10:00:00Z").toInstant(), explicit.stamped.toInstant());
    }

    @Test
    void autoTimesOnSaveCreateAndBulkCalls() throws InterruptedException {
        Reading r = Reading.objects.create(x -> { });
        assertNotNull(r.created);
        assertEquals(r.created, r.touched);
        OffsetDateTime created = r.created;
        OffsetDateTime touched = r.touched;
        Thread.sleep(5);
        r.save();
        assertEquals(created, r.created);
        assertTrue(r.touched.isAfter(touched));

        Reading a = new Reading();
        Reading.objects.bulkCreate(List.of(a));
        assertNotNull(a.created);
        OffsetDateTime before = a.touched;
        Thread.sleep(5);
        Reading.objects.bulkUpdate(List.of(a), "label", "touched");
        assertTrue(a.touched.isAfter(before), "bulkUpdate sets the autoNow fields it writes, as save() does");
        assertTrue(Duration.between(a.touched, Reading.objects.get("pk", a.id).touched).abs().toMillis() < 1,
                "and writes them");
    }
}
