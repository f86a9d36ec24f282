package dev.tortoise.internal.types;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.AppSpec;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.runtime.OpenModels;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.ValueCodec;
import dev.tortoise.testmodels.typed.TypedModels.Gadget;
import dev.tortoise.testmodels.typed.TypedModels.Maker;
import dev.tortoise.testmodels.typed.TypedModels.Part;
import dev.tortoise.testmodels.typed.TypedModels.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Model metadata is what codecs read: FieldMeta is a FieldInfo, and the shared codec works from it. */
class FieldInfoTest {
    private static final ModelRegistry TYPED = ModelRegistry.build(
            List.of(new AppSpec("typed", List.of("dev.tortoise.testmodels.typed.TypedModels"), "default")), null);
    private static final ModelMeta GADGET = TYPED.meta(Gadget.class);

    @Test
    void fieldKindsMirrorFieldTypes() {
        assertEquals(Arrays.stream(FieldKind.values()).map(Enum::name).toList(),
                Arrays.stream(FieldKind.values()).map(Enum::name).toList());
    }

    @Test
    void fieldMetaDescribesItselfToCodecs() {
        FieldMeta parts = GADGET.field("parts");
        assertEquals(FieldKind.JSON, parts.kind());
        assertEquals("java.util.List<" + Part.class.getName() + ">", parts.genericType().getTypeName());
        assertEquals("Gadget", parts.modelName());
        FieldMeta makerKey = GADGET.field("maker_id");
        assertEquals(FieldKind.INT, makerKey.kind());
        assertEquals(makerKey.javaType(), makerKey.genericType());
    }

    @Test
    void theSharedCodecConvertsModelFields() {
        ValueCodec codec = new dev.tortoise.spi.jdbc.BaseValueCodec(false, ZoneId.of("Europe/Paris"));
        List<Part> parts = List.of(new Part("bolt", 3));
        Object json = codec.toDb(GADGET.field("parts"), parts);
        assertEquals("[{\"name\":\"bolt\",\"count\":3}]", json);
        assertEquals(parts, codec.fromDb(GADGET.field("parts"), json));
        assertEquals(2, codec.toDb(GADGET.field("size"), Size.LARGE));
        assertEquals(Size.SMALL, codec.fromDb(GADGET.field("size"), 1));
        assertEquals(new BigDecimal("1.50"), codec.fromDb(GADGET.field("price"), new BigDecimal("1.5")));
        assertEquals(7, codec.fromDb(GADGET.field("count"), 7L));
        OffsetDateTime summer = OffsetDateTime.of(2024, 7, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDateTime.of(2024, 7, 1, 12, 0), codec.toDb(GADGET.field("created"), summer),
                "naive mode stores the configured zone's wall time");
        assertEquals(summer.withOffsetSameInstant(ZoneOffset.ofHours(2)),
                codec.fromDb(GADGET.field("created"), LocalDateTime.of(2024, 7, 1, 12, 0)));
    }

    @Test
    void anUnsavedInstanceCannotStandForItsKey() {
        ValueCodec codec = new dev.tortoise.spi.jdbc.BaseValueCodec(true, ZoneOffset.UTC);
        OpenModels.bind(TYPED, null); // Model.pk() reads the bound metadata
        try {
            assertEquals("Gadget.maker_id: You should first call .save() on Maker before referring to it",
                    assertThrows(ValidationException.class, () -> codec.toDb(GADGET.field("maker_id"), new Maker()))
                            .getMessage());
        } finally {
            OpenModels.unbind(TYPED, java.util.Set.of());
        }
    }
}
