package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.fields.OnDelete;
import java.lang.reflect.Field;

/**
 * A relation as declared by a field annotation, before the resolver has found its target.
 * {@code reference} is {@code "app.Model"} or null when {@code targetClass} was given.
 */
record RelationDeclaration(
        Kind kind,
        String name,
        String reference,
        Class<? extends Model> targetClass,
        String relatedName,
        OnDelete onDelete,
        String toField,
        String sourceField,
        boolean dbConstraint,
        boolean pk,
        boolean nullable,
        boolean unique,
        boolean indexed,
        String description,
        String through,
        String forwardKey,
        String backwardKey,
        boolean createUniqueIndex,
        Field javaField,
        FieldAccessor accessor) {

    /** The three relation annotations. */
    enum Kind {
        FOREIGN_KEY("ForeignKeyField"),
        ONE_TO_ONE("OneToOneField"),
        MANY_TO_MANY("ManyToManyField");

        private final String annotationName;

        Kind(String annotationName) {
            this.annotationName = annotationName;
        }

        String annotationName() {
            return annotationName;
        }
    }

    /** Whether the backward relation is suppressed ({@code relatedName = "+"}). */
    boolean suppressed() {
        return "+".equals(relatedName);
    }
}
