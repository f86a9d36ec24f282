package dev.tortoise.internal.runtime;

import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.schema.SchemaExecutor;
import dev.tortoise.internal.schema.SchemaGenerator;
import dev.tortoise.internal.schema.SchemaScript;
import dev.tortoise.spi.DbClient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders and runs the DDL of one connection's models: the models whose app is bound to that
 * connection, in registry order, in the dialect of that connection's backend.
 */
public final class SchemaRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRunner.class);

    private SchemaRunner() {
    }

    /** The DDL script of one connection; touches no database. */
    public static String sql(TortoiseRuntime runtime, String alias, boolean safe) {
        return script(runtime, alias, safe).sql();
    }

    /** Creates the tables of one connection; a connection without models is left alone. */
    public static void generate(TortoiseRuntime runtime, String alias, boolean safe) {
        SchemaScript script = script(runtime, alias, safe);
        if (script.isEmpty()) {
            return;
        }
        DbClient client = runtime.client(alias);
        LOG.debug("Generating the schema of connection {} ({} statements, safe={})",
                alias, script.statements().size(), safe);
        SchemaExecutor.run(client, script);
    }

    private static SchemaScript script(TortoiseRuntime runtime, String alias, boolean safe) {
        ConnectionRuntime connection = runtime.connection(alias); // an unknown alias fails here, naming the configured ones
        List<ModelMeta> models = runtime.registry().modelsOf(alias);
        return SchemaGenerator.script(models, connection.platform().ddl(), safe);
    }
}
