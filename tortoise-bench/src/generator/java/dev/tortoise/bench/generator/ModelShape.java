package dev.tortoise.bench.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One model of a benchmark shape: the fixed rules of {@link ShapeGenerator} applied to model
 * {@code index} of {@code count}. Every writer (Tortoise models, JPA entities, DDL) reads the shape
 * from here, so the three renderings describe the same tables.
 *
 * @param index position of the model, 0-based; also its creation order
 * @param count number of models in the shape
 */
record ModelShape(int index, int count) {

    /** The data fields every model carries, in declaration (and column) order. */
    enum DataField {
        NAME("name", "String"),
        CODE("code", "String"),
        BODY("body", "String"),
        ACTIVE("active", "Boolean"),
        AMOUNT("amount", "BigDecimal"),
        QUANTITY("quantity", "Integer"),
        CREATED("created", "OffsetDateTime");

        final String column;
        final String javaType;

        DataField(String column, String javaType) {
            this.column = column;
            this.javaType = javaType;
        }
    }

    /**
     * A foreign key of this model.
     *
     * @param field Java field name; the key column is {@code <field>_id}
     * @param target index of the referenced model
     * @param relatedName name of the backward relation on the target
     * @param nullable whether the key accepts NULL; nullable keys are {@code ON DELETE SET NULL}
     */
    record ForeignKey(String field, int target, String relatedName, boolean nullable) {
        String column() {
            return field + "_id";
        }

        String onDelete() {
            return nullable ? "SET NULL" : "CASCADE";
        }
    }

    /** The shape of all {@code count} models, in creation order. */
    static List<ModelShape> all(int count) {
        List<ModelShape> models = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            models.add(new ModelShape(i, count));
        }
        return List.copyOf(models);
    }

    static String className(int index) {
        return "M%03d".formatted(index);
    }

    static String tableName(int index) {
        return className(index).toLowerCase(Locale.ROOT);
    }

    String className() {
        return className(index);
    }

    String table() {
        return tableName(index);
    }

    /**
     * The chain {@code prev -> index - 1} and the binary tree {@code parent -> (index - 1) / 2}, in
     * the order their key columns are created: by field name, as upstream resolves foreign keys
     * (TORTOISE-SPEC §4).
     */
    List<ForeignKey> foreignKeys() {
        if (index == 0) {
            return List.of();
        }
        return List.of(
                new ForeignKey("parent", (index - 1) / 2, "tree_" + table(), true),
                new ForeignKey("prev", index - 1, "chain_next", false));
    }

    /** Every tenth model (9, 19, 29, ...) has a many-to-many {@code tags} to the model nine before it. */
    OptionalInt manyToManyTarget() {
        return index % 10 == 9 ? OptionalInt.of(index - 9) : OptionalInt.empty();
    }

    /** Through table of the many-to-many: {@code <table>_<target table>}. */
    String throughTable() {
        return table() + "_" + tableName(manyToManyTarget().orElseThrow());
    }

    /** Every third model (0, 3, 6, ...) is unique over {@code (name, code)}. */
    boolean hasUniqueTogether() {
        return index % 3 == 0;
    }

    /** Every fourth model (0, 4, 8, ...) has a composite index over {@code (active, created)}. */
    boolean hasCompositeIndex() {
        return index % 4 == 0;
    }
}
