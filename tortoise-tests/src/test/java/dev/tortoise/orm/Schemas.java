package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.internal.runtime.TortoiseRuntime;
import dev.tortoise.internal.schema.SchemaExecutor;
import dev.tortoise.internal.schema.SchemaGenerator;
import dev.tortoise.orm.models.Event;

/** Creates the tables of the test models, also on a second connection that acts as a replica. */
final class Schemas {
    private Schemas() {
    }

    static void create(Tortoise tortoise) {
        tortoise.generateSchemas();
    }

    /** Creates the tables of one connection's models on another connection (a replica). */
    static void copy(String modelsAlias, String targetAlias) {
        TortoiseRuntime runtime = TortoiseRuntime.of(Event.class);
        var dialect = runtime.connection(targetAlias).platform().ddl();
        SchemaExecutor.run(runtime.client(targetAlias),
                SchemaGenerator.script(runtime.registry().modelsOf(modelsAlias), dialect, true));
    }
}
