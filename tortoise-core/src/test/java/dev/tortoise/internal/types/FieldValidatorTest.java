package dev.tortoise.internal.types;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.AppSpec;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.testmodels.typed.TypedModels.Finish;
import dev.tortoise.testmodels.typed.TypedModels.Gadget;
import dev.tortoise.testmodels.typed.TypedModels.Maker;
import dev.tortoise.testmodels.typed.TypedModels.Ticket;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Validation before the database is touched: upstream's words, with the model and field named. */
class FieldValidatorTest {
    private static final ModelRegistry REGISTRY = ModelRegistry.build(
            List.of(new AppSpec("typed", List.of("dev.tortoise.testmodels.typed.TypedModels"), "default")), null);
    private static final ModelMeta GADGET = REGISTRY.meta(Gadget.class);

    private static FieldMeta field(String name) {
        return GADGET.field(name);
    }

    private static String failure(String field, Object value) {
        return assertThrows(ValidationException.class, () -> FieldValidator.validate(GADGET, field(field), value))
                .getMessage();
    }

    private static Gadget validGadget() {
        Gadget gadget = new Gadget();
        gadget.code = "G1";
        Maker maker = new Maker();
        REGISTRY.meta(Maker.class).pk().set(maker, 7);
        gadget.maker = maker;
        return gadget;
    }

    @Test
    void nullInANonNullableFieldIsRefused() {
        assertEquals("Gadget.code is non nullable field, but null was passed", failure("code", null));
        assertDoesNotThrow(() -> FieldValidator.validate(GADGET, field("nickname"), null));
    }

    @Test
    void fieldsFilledByTheOrmOrTheDatabaseMayBeNull() {
        assertDoesNotThrow(() -> FieldValidator.validate(GADGET, GADGET.pk(), null), "generated pk");
        Gadget inserted = validGadget();
        inserted.created = null;
        inserted.active = null;
        assertDoesNotThrow(() -> FieldValidator.validateAll(GADGET, inserted, null, true),
                "an insert fills autoNowAdd and leaves dbDefault columns to the database");
        assertEquals("Gadget.created is non nullable field, but null was passed", failure("created", null),
                "an update writes what the instance holds");
        assertEquals("Gadget.active is non nullable field, but null was passed", failure("active", null));
        ModelMeta ticket = REGISTRY.meta(Ticket.class);
        assertDoesNotThrow(() -> FieldValidator.validate(ticket, ticket.pk(), null), "UUID pk gets a random UUID");
    }

    @Test
    void textLongerThanMaxLengthIsRefused() {
        assertEquals("Gadget.code: Length of 'ABCDEF' 6 > 5", failure("code", "ABCDEF"));
        assertDoesNotThrow(() -> FieldValidator.validate(GADGET, field("code"), "ABCDE"));
        assertDoesNotThrow(() -> FieldValidator.validate(GADGET, field("code"), "😀😀😀😀😀"), "characters, not UTF-16 units");
        String longText = "x".repeat(100);
        assertEquals("Gadget.nickname: Length of '" + "x".repeat(60) + "… (100 chars)' 100 > 10", failure("nickname", longText));
    }

    @Test
    void enumNamesLongerThanTheirColumnAreRefused() {
        assertEquals("Gadget.finish: Length of 'GLOSSY_WITH_EXTRA_SHINE' 23 > 6", failure("finish", Finish.GLOSSY_WITH_EXTRA_SHINE));
        assertDoesNotThrow(() -> FieldValidator.validate(GADGET, field("finish"), Finish.MATT));
    }

    @Test
    void decimalsWithTooManyDigitsBeforeThePointAreRefused() {
        assertDoesNotThrow(() -> FieldValidator.validate(GADGET, field("price"), new BigDecimal("999.99")));
        assertDoesNotThrow(() -> FieldValidator.validate(GADGET, field("price"), new BigDecimal("-0.001")));
        assertEquals("Gadget.price: Value 1000 has 4 digits before the decimal point, but DecimalField(max_digits=5,"
                + " decimal_places=2) allows at most 3", failure("price", new BigDecimal("1000")));
        assertEquals("Gadget.price: Value 999.999 has 4 digits before the decimal point, but DecimalField(max_digits=5,"
                + " decimal_places=2) allows at most 3", failure("price", new BigDecimal("999.999")),
                "rounding to the scale can add a digit");
    }

    @Test
    void aWholeInstanceIsCheckedWithRelationsNamedAsDeclared() {
        assertDoesNotThrow(() -> FieldValidator.validateAll(GADGET, validGadget(), null, true));
        Gadget noMaker = validGadget();
        noMaker.maker = null;
        assertEquals("Gadget.maker is non nullable field, but null was passed", assertThrows(ValidationException.class,
                () -> FieldValidator.validateAll(GADGET, noMaker, null, true)).getMessage());
        Gadget unsavedMaker = validGadget();
        unsavedMaker.maker = new Maker();
        assertEquals("Gadget.maker: You should first call .save() on Maker before referring to it",
                assertThrows(ValidationException.class, () -> FieldValidator.validateAll(GADGET, unsavedMaker, null, true))
                        .getMessage());
        Gadget tooLong = validGadget();
        tooLong.code = "TOO LONG";
        assertThrows(ValidationException.class, () -> FieldValidator.validateAll(GADGET, tooLong, null, true));
        assertDoesNotThrow(() -> FieldValidator.validateAll(GADGET, tooLong, List.of(field("nickname")), false),
                "only the fields asked for");
    }
}
