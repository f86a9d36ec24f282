package dev.tortoise.internal.runtime;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.spi.FieldKind;
import java.util.Map;

/**
 * Checks at init that each connection's platform can hold the columns of the models of its apps,
 * by asking the platform's facts ({@code ColumnTypes.supportsArrayOf}), never its name: an
 * {@code @ArrayField} on a database without array columns fails here, before any table exists.
 */
public final class PlatformFit {
    private PlatformFit() {
    }

    /**
     * @throws ConfigurationException naming model, field, connection and platform
     */
    public static void check(ModelRegistry registry, Map<String, ConnectionRuntime> connections) {
        connections.forEach((alias, connection) -> {
            for (ModelMeta model : registry.modelsOf(alias)) {
                for (FieldMeta field : model.fields()) {
                    if (field.kind() == FieldKind.ARRAY
                            && !connection.platform().types().supportsArrayOf(field.elementKind())) {
                        throw new ConfigurationException(model.name() + "." + field.name() + ": @ArrayField of "
                                + field.elementKind() + " elements needs a database with array columns, but connection '"
                                + alias + "' is " + connection.platform().name() + ", which has none; keep the list in a"
                                + " @JSONField there, or put the model's app on a connection that has arrays");
                    }
                }
            }
        });
    }
}
