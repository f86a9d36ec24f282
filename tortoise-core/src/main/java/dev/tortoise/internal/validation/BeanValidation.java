package dev.tortoise.internal.validation;

import dev.tortoise.Model;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ModelMeta;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jakarta Bean Validation, when it is there: its API on the class path (an optional dependency,
 * {@code requires static} in the module) and a provider such as Hibernate Validator. Without the
 * API nothing here touches a {@code jakarta.validation} class, so core runs without it. Whether a
 * model has constraints at all is asked once per class; models without any cost one lookup.
 */
final class BeanValidation {
    private static final boolean API_PRESENT = apiPresent();

    private BeanValidation() {
    }

    private static boolean apiPresent() {
        try {
            Class.forName("jakarta.validation.Validation", false, BeanValidation.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }


    /**
     * Runs the constraints of an instance (only those of the written fields when some are named).
     *
     * @throws dev.tortoise.exceptions.ValidationException naming model, property, value and constraint
     * @throws dev.tortoise.exceptions.ConfigurationException when a provider is present but cannot start
     */
    static void check(ModelMeta meta, Model instance, Collection<FieldMeta> fields) {
        if (!API_PRESENT) {
            return;
        }
        Set<String> properties = null;
        if (fields != null && !fields.isEmpty()) {
            properties = new LinkedHashSet<>();
            for (FieldMeta field : fields) {
                if (field.javaField() != null) {
                    properties.add(field.javaField().getName());
                } else if (field.isKeyField()) {
                    properties.add(field.keyOf().name());
                }
            }
        }
        JakartaBridge.check(meta.name(), instance, properties);
    }
}
