package dev.tortoise.life;

import dev.tortoise.Path;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.json.ModelJson;
import dev.tortoise.life.models.Invoice;
import dev.tortoise.life.models.Money;
import dev.tortoise.life.models.MoneyConverter;
import dev.tortoise.life.models.Sku;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @ConvertedField} (issue 15): value objects round-trip through built-in column kinds on
 * every backend, in saves, bulk calls, filters, values, records and JSON; the kind's checks apply
 * to the column value; a converter's failure names the field; converters are made once at init.
 */
class ConvertersSuite extends LifeTestBase {

    record InvoiceRow(@Path("total") Money money, Sku sku) {
    }

    @Test
    void valueObjectsRoundTripEverywhere() {
        int made = MoneyConverter.MADE.get();
        Invoice a = Invoice.objects.create(i -> {
            i.total = Money.of("12.30");
            i.sku = new Sku("AB-1");
        });
        Invoice b = new Invoice();
        b.total = Money.of("99.99");
        Invoice.objects.bulkCreate(List.of(b));
        Invoice loaded = Invoice.objects.get("pk", a.pk());
        assertEquals(Money.of("12.30"), loaded.total);
        assertEquals(new Sku("AB-1"), loaded.sku);
        assertNull(Invoice.objects.get("pk", b.pk()).sku);
        Object stored = tortoise.connection("default").executeQueryDict("SELECT " + q("total") + " AS t FROM "
                + q("invoice") + " WHERE " + q("id") + " = ?", a.pk()).getFirst().get("t");
        assertEquals(0, new BigDecimal("12.30").compareTo(new BigDecimal(stored.toString())), "the column holds the amount");

        assertEquals(List.of(b.pk()), Invoice.objects.filter("total__gt", Money.of("50")).valuesList("id").stream()
                .map(List::getFirst).toList(), "a filter value is converted");
        assertEquals(1, Invoice.objects.filter("total__lt", new BigDecimal("50")).count(), "or given as the column value");
        assertEquals(1, Invoice.objects.filter("sku", new Sku("AB-1")).count());
        assertEquals(Money.of("12.30"), Invoice.objects.filter("pk", a.pk()).values("total").getFirst().get("total"));
        assertEquals(List.of(new InvoiceRow(Money.of("12.30"), new Sku("AB-1"))),
                Invoice.objects.filter("pk", a.pk()).values(InvoiceRow.class));

        loaded.total = Money.of("13.00");
        loaded.save();
        Invoice.objects.filter("pk", b.pk()).update(Map.of("total", Money.of("1.50")));
        b.total = Money.of("2.25");
        Invoice.objects.bulkUpdate(List.of(b), "total");
        assertEquals(Money.of("13.00"), Invoice.objects.get("pk", a.pk()).total);
        assertEquals(Money.of("2.25"), Invoice.objects.get("pk", b.pk()).total);
        assertEquals("{\"id\":" + a.pk() + ",\"total\":13.00,\"sku\":\"AB-1\"}",
                ModelJson.writer(Invoice.class).toJson(Invoice.objects.get("pk", a.pk())), "JSON writes the column value");
        assertEquals(made, MoneyConverter.MADE.get(), "no converter made after init");
    }

    @Test
    void theKindsChecksApplyToTheColumnValueAndConverterFailuresNameTheField() {
        ValidationException tooLong = assertThrows(ValidationException.class, () -> Invoice.objects.create(i -> {
            i.total = Money.of("1");
            i.sku = new Sku("ABCDEFGHIJ");
        }));
        assertEquals("Invoice.sku: Length of 'ABCDEFGHIJ' 10 > 8", tooLong.getMessage());
        ValidationException digits = assertThrows(ValidationException.class,
                () -> Invoice.objects.create(i -> i.total = Money.of("12345678901.5")));
        assertTrue(digits.getMessage().startsWith("Invoice.total: "), digits.getMessage());
        ValidationException refused = assertThrows(ValidationException.class, () -> Invoice.objects.create(i -> {
            i.total = Money.of("1");
            i.sku = new Sku("lower");
        }));
        assertTrue(refused.getMessage().startsWith("Invoice.sku: converter Text.toDb failed on "), refused.getMessage());
        assertTrue(refused.getMessage().contains("SKUs are upper case"), refused.getMessage());
        assertEquals(0, rows("invoice"));
    }
}
