package dev.tortoise.migrations;

import java.util.List;
import java.util.Map;

/**
 * The factories of every {@link Operation}; generated migrations are written with these, and so
 * are migrations by hand. Models are named {@code "app.Model"} throughout.
 */
public final class Operations {

    private Operations() {
    }

    /** A new model whose table holds {@code fields} in this order. */
    public static Operation.CreateModel createModel(String model, String table, List<FieldDef> fields) {
        return new Operation.CreateModel(model, table, fields, List.of(), List.of(), null);
    }

    /** Drops the model's table. */
    public static Operation deleteModel(String model) {
        return new Operation.DeleteModel(model);
    }

    /**
     * Renames a model. Its table is renamed too when it was named after the model (the class name in
     * lower case, upstream's default), and kept otherwise.
     */
    public static Operation renameModel(String from, String to) {
        return new Operation.RenameModel(from, to, null);
    }

    /** Renames a model and moves it to {@code table}. */
    public static Operation renameModel(String from, String to, String table) {
        return new Operation.RenameModel(from, to, table);
    }

    /** Adds a column. A NOT NULL column without a default needs one while rows exist: give {@code dbDefault}. */
    public static Operation addField(String model, FieldDef field) {
        return new Operation.AddField(model, field);
    }

    /** Drops a column (its data is lost; reversing restores the column, not the data). */
    public static Operation removeField(String model, String field) {
        return new Operation.RemoveField(model, field);
    }

    /** Gives the field named {@code field.name()} this new definition. */
    public static Operation alterField(String model, FieldDef field) {
        return new Operation.AlterField(model, field);
    }

    /** Renames a field, and its column when the column was named as the field (or {@code <field>_id} for a key). */
    public static Operation renameField(String model, String from, String to) {
        return new Operation.RenameField(model, from, to);
    }

    /** Adds a composite index over the fields. */
    public static Operation addIndex(String model, List<String> fields) {
        return new Operation.AddIndex(model, fields);
    }

    /** Drops the composite index over the fields. */
    public static Operation removeIndex(String model, List<String> fields) {
        return new Operation.RemoveIndex(model, fields);
    }

    /**
     * Adds an index over the fields; a full-text one ({@code @Index(fullText = true)}, PostgreSQL
     * and MySQL/MariaDB only) when {@code fullText}.
     */
    public static Operation addIndex(String model, List<String> fields, boolean fullText) {
        return new Operation.AddIndex(model, fields, fullText);
    }

    /** Drops the index over the fields; the full-text one when {@code fullText}. */
    public static Operation removeIndex(String model, List<String> fields, boolean fullText) {
        return new Operation.RemoveIndex(model, fields, fullText);
    }

    /** Replaces the model's unique-together groups. */
    public static Operation alterUniqueTogether(String model, List<List<String>> uniqueTogether) {
        return new Operation.AlterUniqueTogether(model, uniqueTogether);
    }

    /** Creates a many-to-many through table. */
    public static Operation createManyToMany(ManyToManyDef table) {
        return new Operation.CreateManyToMany(table);
    }

    /** Drops a many-to-many through table. */
    public static Operation deleteManyToMany(String through) {
        return new Operation.DeleteManyToMany(through);
    }

    /**
     * Raw SQL, the same on every database; {@code backward} null makes the migration irreversible.
     * Several statements are separated by {@code ;}.
     */
    public static Operation runSql(String forward, String backward) {
        return new Operation.RunSql(Map.of("*", forward), backward == null ? null : Map.of("*", backward));
    }

    /**
     * Raw SQL per platform name ({@code "sqlite"}, {@code "postgres"}, {@code "mysql"}; {@code "*"}
     * for the others); {@code backward} null makes the migration irreversible.
     */
    public static Operation runSql(Map<String, String> forward, Map<String, String> backward) {
        return new Operation.RunSql(forward, backward);
    }

    /** A data migration; {@code backward} null makes the migration irreversible. */
    public static Operation runJava(MigrationStep forward, MigrationStep backward) {
        return new Operation.RunJava(forward, backward);
    }
}
