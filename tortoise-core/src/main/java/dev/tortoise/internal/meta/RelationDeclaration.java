package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.fields.OnDelete;
import java.lang.reflect.Field;

/**
 * A relation as declared by a field annotation, before the resolver has found its target: a
 * foreign key or one-to-one ({@link Key}) or a many-to-many ({@link ManyToMany}), each with what
 * every relation declares ({@link Common}).
 */
sealed interface RelationDeclaration permits RelationDeclaration.Key, RelationDeclaration.ManyToMany {

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

    /**
     * What every relation declares.
     *
     * @param name        the Java field name
     * @param reference   {@code "app.Model"}, or null when {@code targetClass} was given
     * @param targetClass the target class given with {@code to}, or null
     * @param relatedName the backward relation's name ("" for the default, "+" for none)
     */
    record Common(String name, String reference, Class<? extends Model> targetClass, String relatedName,
                  boolean dbConstraint, String description, Field javaField, FieldAccessor accessor) {
    }

    /** A {@code @ForeignKeyField} or {@code @OneToOneField}: its key column's attributes and its ON DELETE rule. */
    record Key(Kind kind, Common common, OnDelete onDelete, String toField, String sourceField, boolean pk,
               boolean nullable, boolean unique, boolean indexed,
               Class<? extends dev.tortoise.validators.Validator<?>>[] validators) implements RelationDeclaration {
    }

    /** A {@code @ManyToManyField}: its join table's names (null for the defaults). */
    record ManyToMany(Common common, String through, String forwardKey, String backwardKey, boolean createUniqueIndex)
            implements RelationDeclaration {
        @Override
        public Kind kind() {
            return Kind.MANY_TO_MANY;
        }
    }

    Kind kind();

    Common common();

    default String name() {
        return common().name();
    }

    default String reference() {
        return common().reference();
    }

    default Class<? extends Model> targetClass() {
        return common().targetClass();
    }

    default String relatedName() {
        return common().relatedName();
    }

    default boolean dbConstraint() {
        return common().dbConstraint();
    }

    default String description() {
        return common().description();
    }

    default Field javaField() {
        return common().javaField();
    }

    default FieldAccessor accessor() {
        return common().accessor();
    }

    /** Whether the relation's key column is the model's primary key (a one-to-one only). */
    default boolean pk() {
        return this instanceof Key key && key.pk();
    }

    /** Whether the backward relation is suppressed ({@code relatedName = "+"}). */
    default boolean suppressed() {
        return "+".equals(relatedName());
    }
}
