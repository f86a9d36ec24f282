package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.ForeignKeyRelation;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.ReverseRelation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds a model's un-annotated relation fields to the relations the resolver gave it: a
 * {@code ReverseRelation<T>} to the reverse of a foreign key, a {@code ManyToManyRelation<T>} to the
 * generated side of a many-to-many, and a field of the source model's type to the reverse of a
 * one-to-one. A holder field that matches nothing is an error: it would silently stay empty.
 */
final class HolderBinder {
    private final ModelMeta model;

    HolderBinder(ModelMeta model) {
        this.model = model;
    }

    void bind(Map<String, Field> unbound) {
        for (Field field : unbound.values()) {
            String where = model.name() + "." + field.getName() + ": ";
            if (field.getType() == ReverseRelation.class) {
                BackwardRelationMeta backward = model.backward(field.getName());
                if (backward == null || backward.oneToOne()) {
                    throw unmatched(field, where, "ReverseRelation", "a foreign key");
                }
                checkTypeArgument(field, backward.sourceModel().modelClass(), where);
                backward.bindJavaField(field, accessor(field, where));
            } else if (field.getType() == ManyToManyRelation.class) {
                ManyToManyMeta m2m = model.manyToMany(field.getName());
                if (m2m == null || !m2m.generated()) {
                    throw unmatched(field, where, "ManyToManyRelation", "a many-to-many field");
                }
                checkTypeArgument(field, m2m.target().modelClass(), where);
                m2m.bindJavaField(field, accessor(field, where));
            } else if (field.getType() == ForeignKeyRelation.class) {
                throw new ConfigurationException(where + "a ForeignKeyRelation field needs @ForeignKeyField or"
                        + " @OneToOneField naming its target, such as @ForeignKeyField(\"models.Author\")");
            } else if (Model.class.isAssignableFrom(field.getType())) {
                BackwardRelationMeta backward = model.backward(field.getName());
                if (backward != null && backward.oneToOne()
                        && field.getType().isAssignableFrom(backward.sourceModel().modelClass())) {
                    backward.bindJavaField(field, accessor(field, where));
                }
            }
        }
    }

    private static FieldAccessor accessor(Field field, String where) {
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ConfigurationException(where + "a relation field can't be final: Tortoise sets it");
        }
        return HandleAccessor.of(field);
    }

    private ConfigurationException unmatched(Field field, String where, String holder, String relation) {
        List<String> candidates = new ArrayList<>();
        model.backwardForeignKeys().forEach(b -> candidates.add(b.name()));
        model.manyToMany().stream().filter(ManyToManyMeta::generated).forEach(m -> candidates.add(m.name()));
        return new ConfigurationException(where + "this " + holder + " field matches no relation: declare "
                + relation + " to " + model.name() + " with relatedName = \"" + field.getName()
                + "\", or rename the field to one of its backward relations " + candidates);
    }

    /**
     * Checks {@code Holder<T>}'s type argument against the model on the other side.
     *
     * @throws ConfigurationException when they differ
     */
    static void checkTypeArgument(Field field, Class<?> expected, String where) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> actual
                && actual != expected) {
            throw new ConfigurationException(where + field.getType().getSimpleName() + "<"
                    + actual.getSimpleName() + "> does not match the related model " + expected.getSimpleName()
                    + "; declare it as " + field.getType().getSimpleName() + "<" + expected.getSimpleName() + ">");
        }
    }
}
