package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.ForeignKeyRelation;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.OnDelete;
import dev.tortoise.fields.OneToOneField;
import dev.tortoise.validators.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;

/**
 * Turns a relation annotation into a {@link RelationDeclaration}, raising upstream's field
 * construction errors (TORTOISE-SPEC §4.1) with the model and field named.
 */
final class RelationReader {
    private RelationReader() {
    }

    /**
     * Reads one relation field.
     *
     * @throws ConfigurationException for any definition error
     */
    static RelationDeclaration read(Field field, Annotation annotation, RelationDeclaration.Kind kind) {
        // A switch over the kind, not a pattern switch over the annotation: no class is generated
        // at run time for it, which a cold start would pay for.
        return switch (kind) {
            case FOREIGN_KEY -> {
                ForeignKeyField fk = (ForeignKeyField) annotation;
                yield readKey(field, kind, fk.value(), fk.to(), fk.relatedName(), fk.onDelete(), fk.toField(),
                        fk.sourceField(), fk.dbConstraint(), fk.pk(), fk.nullable(), fk.unique(), fk.dbIndex(),
                        fk.description(), fk.validators());
            }
            case ONE_TO_ONE -> {
                OneToOneField o2o = (OneToOneField) annotation;
                yield readKey(field, kind, o2o.value(), o2o.to(), o2o.relatedName(), o2o.onDelete(),
                        o2o.toField(), o2o.sourceField(), o2o.dbConstraint(), o2o.pk(), o2o.nullable(), true,
                        o2o.dbIndex(), o2o.description(), o2o.validators());
            }
            case MANY_TO_MANY -> readManyToMany(field, (ManyToManyField) annotation);
        };
    }

    private static RelationDeclaration readKey(Field field, RelationDeclaration.Kind kind, String value,
                                               Class<? extends Model> to, String relatedName, OnDelete onDelete,
                                               String toField, String sourceField, boolean dbConstraint, boolean pk,
                                               boolean nullable, boolean unique, boolean dbIndex, String description,
                                               Class<? extends Validator<?>>[] validators) {
        String where = FieldAnnotations.where(field);
        String reference = reference(where, kind, value, to);
        boolean holder = field.getType() == ForeignKeyRelation.class;
        if (!holder && (!Model.class.isAssignableFrom(field.getType()) || field.getType() == Model.class)) {
            throw new ConfigurationException(where + "@" + kind.annotationName() + " must annotate a field whose type"
                    + " is the related model class or ForeignKeyRelation<Model>, not " + field.getType().getSimpleName());
        }
        if (onDelete == null) {
            throw new ConfigurationException(where
                    + "on_delete can only be CASCADE, RESTRICT, SET_NULL, SET_DEFAULT or NO_ACTION");
        }
        if (onDelete == OnDelete.SET_NULL && !nullable) {
            throw new ConfigurationException(where
                    + "If on_delete is SET_NULL, then field must have null=True set (add nullable = true)");
        }
        if (pk && kind == RelationDeclaration.Kind.FOREIGN_KEY) {
            throw new ConfigurationException(where + "a ForeignKeyField can't be the primary key;"
                    + " use @OneToOneField(pk = true) for a key shared with the related model");
        }
        if (pk && nullable) {
            throw new ConfigurationException(where + kind.annotationName()
                    + " can't be both null=True and primary_key=True (a primary key is never NULL; drop nullable)");
        }
        var common = new RelationDeclaration.Common(field.getName(), reference, targetClass(to), relatedName,
                dbConstraint, DataFieldReader.emptyToNull(description), field,
                holder ? ForeignKeyHolders.accessor(field) : HandleAccessor.of(field));
        return new RelationDeclaration.Key(kind, common, onDelete, DataFieldReader.emptyToNull(toField),
                DataFieldReader.emptyToNull(sourceField), pk, nullable, unique || pk, dbIndex, validators);
    }

    private static RelationDeclaration readManyToMany(Field field, ManyToManyField m2m) {
        String where = FieldAnnotations.where(field);
        RelationDeclaration.Kind kind = RelationDeclaration.Kind.MANY_TO_MANY;
        String reference = reference(where, kind, m2m.value(), m2m.to());
        if (field.getType() != ManyToManyRelation.class) {
            throw new ConfigurationException(where + "@ManyToManyField must annotate a field of type"
                    + " ManyToManyRelation<T>, not " + field.getType().getSimpleName());
        }
        var common = new RelationDeclaration.Common(field.getName(), reference, targetClass(m2m.to()),
                m2m.relatedName(), m2m.dbConstraint(), DataFieldReader.emptyToNull(m2m.description()), field,
                HandleAccessor.of(field));
        return new RelationDeclaration.ManyToMany(common, DataFieldReader.emptyToNull(m2m.through()),
                DataFieldReader.emptyToNull(m2m.forwardKey()), DataFieldReader.emptyToNull(m2m.backwardKey()),
                m2m.createUniqueIndex());
    }

    /** Validates {@code value}/{@code to}: exactly one, and {@code value} as {@code "app.Model"}. */
    private static String reference(String where, RelationDeclaration.Kind kind, String value,
                                    Class<? extends Model> to) {
        boolean hasValue = !value.isEmpty();
        boolean hasClass = to != Model.class;
        if (hasValue == hasClass) {
            throw new ConfigurationException(where + kind.annotationName() + " needs its target either as value = "
                    + "\"app.Model\" or as to = Model.class; give exactly one"
                    + (hasValue ? " (both were given)" : " (neither was given)"));
        }
        if (!hasValue) {
            return null;
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new ConfigurationException(where + kind.annotationName()
                    + " accepts model name in format \"app.Model\" (got \"" + value + "\")");
        }
        return value;
    }

    private static Class<? extends Model> targetClass(Class<? extends Model> to) {
        return to == Model.class ? null : to;
    }
}
