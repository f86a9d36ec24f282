package dev.tortoise.internal.validation;

import dev.tortoise.Model;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.types.FieldValidator;
import java.util.Collection;

/**
 * Everything that checks an instance before a write, in order: each field's own checks and
 * validators ({@link FieldValidator}), then Jakarta Bean Validation constraints when a provider
 * is on the class path ({@link BeanValidation}), then the model's {@link Model#validate()}. Used by
 * {@code save}, {@code create}, {@code bulkCreate} and {@code bulkUpdate}, before any SQL.
 */
public final class ModelChecks {
    private ModelChecks() {
    }

    /**
     * Checks an instance.
     *
     * @param fields the columns being written; null or empty for all
     * @param insert whether the instance is inserted (see {@link FieldValidator#validateAll})
     * @throws dev.tortoise.exceptions.ValidationException at the first failure
     */
    public static void check(ModelMeta meta, Model instance, Collection<FieldMeta> fields, boolean insert) {
        FieldValidator.validateAll(meta, instance, fields, insert);
        BeanValidation.check(meta, instance, fields);
        instance.validate();
    }
}
