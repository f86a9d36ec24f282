package dev.tortoise.internal.migrations;

import dev.tortoise.migrations.Migration;
import dev.tortoise.migrations.Operation;
import java.util.List;

/**
 * A migration class found in an app's migrations package, with its resolved dependencies.
 *
 * @param dependencies {@code "app.name"} keys, the default already resolved
 */
record LoadedMigration(String app, String name, Migration migration, List<String> dependencies,
                       List<Operation> operations) {

    LoadedMigration {
        dependencies = List.copyOf(dependencies);
        operations = List.copyOf(operations);
    }

    /** {@code "app.name"}. */
    String key() {
        return app + "." + name;
    }

    /** The first operation that cannot be reversed, or null. */
    Operation irreversibleOperation() {
        for (Operation op : operations) {
            if (op instanceof Operation.RunSql sql && sql.backward() == null
                    || op instanceof Operation.RunJava java && java.backward() == null) {
                return op;
            }
        }
        return null;
    }
}
