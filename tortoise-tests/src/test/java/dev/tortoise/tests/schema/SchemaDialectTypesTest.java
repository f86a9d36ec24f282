package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.internal.backend.BackendRegistry;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ModelDescriber;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.internal.meta.AppSpec;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The column types of {@code describeModels} ({@code db_field_types}) are read from the platforms
 * on the class path, so they are what each platform's DDL writes: one truth for both.
 */
class SchemaDialectTypesTest {

    @Test
    void describeReportsWhatEachPlatformsDdlWrites() {
        ModelRegistry registry = ModelRegistry.build(List.of(new AppSpec("models", List.of(Schemas.KITCHEN), "default")), null);
        Map<String, Map<String, Object>> described = ModelDescriber.describe(registry, BackendRegistry.get().columnTypes());
        for (BackendProvider provider : BackendRegistry.get().providers()) {
            Platform platform = provider.platform(PlatformConfig.of("types", Map.of("file_path", ":memory:")));
            for (ModelMeta model : registry.models()) {
                List<Map<?, ?>> fields = dataFields(described.get(model.fullName()));
                for (FieldMeta field : model.fields()) {
                    Map<?, ?> types = fields.stream().filter(f -> f.get("name").equals(field.name())).findFirst()
                            .map(f -> (Map<?, ?>) f.get("db_field_types")).orElse(null);
                    if (types == null) {
                        continue; // a key field: described with its relation
                    }
                    Object reported = types.containsKey(platform.name()) ? types.get(platform.name()) : types.get("");
                    assertEquals(platform.ddl().columnType(field), reported, platform.name() + ": " + field);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> dataFields(Map<String, Object> model) {
        List<Map<?, ?>> all = new java.util.ArrayList<>((List<Map<?, ?>>) model.get("data_fields"));
        all.add((Map<?, ?>) model.get("pk_field"));
        return all;
    }
}
