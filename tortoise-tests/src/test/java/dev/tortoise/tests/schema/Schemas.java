package dev.tortoise.tests.schema;

import dev.tortoise.internal.backend.BackendRegistry;
import dev.tortoise.internal.meta.AppSpec;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.internal.schema.SchemaExecutor;
import dev.tortoise.internal.schema.SchemaGenerator;
import dev.tortoise.spi.PlatformConfig;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** Registries of the schema test models (core's library and cycle, our kitchen), built directly, and their DDL. */
final class Schemas {
    /** Shared with tortoise-core's tests through its test-jar. */
    static final String LIBRARY = "dev.tortoise.testmodels.library";
    static final String KITCHEN = "dev.tortoise.tests.schema.Kitchen";
    /** Shared with tortoise-core's tests through its test-jar. */
    static final String CYCLE = "dev.tortoise.testmodels.schema.Cycle";

    private Schemas() {
    }

    /** The models of app "models" (on connection "default") from one module. */
    static List<ModelMeta> models(String module) {
        return ModelRegistry.build(List.of(new AppSpec("models", List.of(module), "default")), null)
                .modelsOf("default");
    }

    /** The dialect the engine's provider makes for these credentials. */
    static SchemaDialect dialect(String engine, Map<String, Object> credentials) {
        return BackendRegistry.get().provider(engine).platform(PlatformConfig.of("test", credentials)).ddl();
    }

    /** The script of a module for the fixture's database. */
    static String sql(TestDatabase db, String module, boolean safe) {
        return SchemaGenerator.sql(models(module), db.schemaDialect(), safe);
    }

    /** Generates a module's schema on the fixture's database, as generateSchemas does. */
    static void generate(TestDatabase db, String module, boolean safe) {
        SchemaExecutor.run(db.client(),
                SchemaGenerator.script(models(module), db.schemaDialect(), safe));
    }
}
