package dev.tortoise.migrations;

import dev.tortoise.fields.OnDelete;
import java.util.Objects;

/**
 * The through table of a many-to-many field: {@code backwardKey} references the owning model's
 * primary key, {@code forwardKey} the target's, both NOT NULL, with a unique index over the pair
 * unless {@code unique} is false.
 *
 * @param model        the owning model ({@code "app.Model"})
 * @param field        the many-to-many field's name on the owner
 * @param target       the target model ({@code "app.Model"})
 * @param through      the through table's name
 * @param backwardKey  the column that references the owner
 * @param forwardKey   the column that references the target
 * @param onDelete     what deleting an owner or target row does to the links
 * @param unique       whether the pair has a unique index
 * @param dbConstraint whether the key columns have foreign key constraints
 * @param description  the through table's comment, or null
 */
public record ManyToManyDef(String model, String field, String target, String through, String backwardKey,
                           String forwardKey, OnDelete onDelete, boolean unique, boolean dbConstraint,
                           String description) {

    public ManyToManyDef {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(backwardKey, "backwardKey");
        Objects.requireNonNull(forwardKey, "forwardKey");
        Objects.requireNonNull(onDelete, "onDelete");
    }

    /**
     * A through table with upstream's defaults: keys {@code <owner>_id} and {@code <target>_id}
     * (model names lower-cased), CASCADE, a unique pair, constraints, no comment.
     */
    public static ManyToManyDef of(String model, String field, String target, String through) {
        return new ManyToManyDef(model, field, target, through, simpleName(model) + "_id", simpleName(target) + "_id",
                OnDelete.CASCADE, true, true, null);
    }

    /** A copy with other key column names. */
    public ManyToManyDef keys(String backwardKey, String forwardKey) {
        return new ManyToManyDef(model, field, target, through, backwardKey, forwardKey, onDelete, unique,
                dbConstraint, description);
    }

    /** A copy with another ON DELETE action, unique flag, constraint flag and comment. */
    public ManyToManyDef options(OnDelete onDelete, boolean unique, boolean dbConstraint, String description) {
        return new ManyToManyDef(model, field, target, through, backwardKey, forwardKey, onDelete, unique,
                dbConstraint, description);
    }

    private static String simpleName(String model) {
        return model.substring(model.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ManyToManyDef.of(").append(JavaText.string(model)).append(", ")
                .append(JavaText.string(field)).append(", ").append(JavaText.string(target)).append(", ")
                .append(JavaText.string(through)).append(')');
        ManyToManyDef plain = of(model, field, target, through);
        if (!backwardKey.equals(plain.backwardKey) || !forwardKey.equals(plain.forwardKey)) {
            s.append(".keys(").append(JavaText.string(backwardKey)).append(", ").append(JavaText.string(forwardKey))
                    .append(')');
        }
        if (onDelete != plain.onDelete || unique != plain.unique || dbConstraint != plain.dbConstraint
                || description != null) {
            s.append(".options(OnDelete.").append(onDelete.name()).append(", ").append(unique).append(", ")
                    .append(dbConstraint).append(", ").append(JavaText.string(description)).append(')');
        }
        return s.toString();
    }
}
