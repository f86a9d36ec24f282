package dev.tortoise.migrations;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change of a migration. Made with the factories of {@link Operations}; each kind is a record
 * of its own. Every operation knows its reverse, computed from the model state before it, except
 * {@link RunSql} and {@link RunJava} without a backward step, which make a migration irreversible.
 *
 * <p>{@code toString()} is the Java expression that makes the operation, as generated migrations
 * hold it.
 */
public sealed interface Operation {

    /**
     * A new model and its table.
     *
     * @param model           the model, {@code "app.Model"}
     * @param table           the table's name
     * @param fields          the columns, in order
     * @param uniqueTogether  composite unique constraints, as field names
     * @param indexes         composite indexes, as field names
     * @param description     the table comment, or null
     * @param fullTextIndexes full-text indexes ({@code @Index(fullText = true)}), as field names
     */
    record CreateModel(String model, String table, List<FieldDef> fields, List<List<String>> uniqueTogether,
                       List<List<String>> indexes, String description, List<List<String>> fullTextIndexes)
            implements Operation {
        public CreateModel {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(table, "table");
            fields = List.copyOf(fields);
            uniqueTogether = copyLists(uniqueTogether);
            indexes = copyLists(indexes);
            fullTextIndexes = copyLists(fullTextIndexes);
        }

        /**
         * A new model without full-text indexes.
         *
         * @param model          the model, {@code "app.Model"}
         * @param table          the table's name
         * @param fields         the columns, in order
         * @param uniqueTogether composite unique constraints, as field names
         * @param indexes        composite indexes, as field names
         * @param description    the table comment, or null
         */
        public CreateModel(String model, String table, List<FieldDef> fields, List<List<String>> uniqueTogether,
                           List<List<String>> indexes, String description) {
            this(model, table, fields, uniqueTogether, indexes, description, List.of());
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("Operations.createModel(").append(JavaText.string(model)).append(", ")
                    .append(JavaText.string(table)).append(", List.of(");
            for (int i = 0; i < fields.size(); i++) {
                s.append(i == 0 ? "\n                " : ",\n                ").append(fields.get(i));
            }
            s.append("))");
            if (!uniqueTogether.isEmpty()) {
                s.append("\n                .withUniqueTogether(").append(JavaText.stringLists(uniqueTogether)).append(')');
            }
            if (!indexes.isEmpty()) {
                s.append("\n                .withIndexes(").append(JavaText.stringLists(indexes)).append(')');
            }
            if (!fullTextIndexes.isEmpty()) {
                s.append("\n                .withFullTextIndexes(").append(JavaText.stringLists(fullTextIndexes)).append(')');
            }
            if (description != null) {
                s.append("\n                .withDescription(").append(JavaText.string(description)).append(')');
            }
            return s.toString();
        }

        /** A copy with these unique-together groups (field names). */
        public CreateModel withUniqueTogether(List<List<String>> groups) {
            return new CreateModel(model, table, fields, groups, indexes, description, fullTextIndexes);
        }

        /** A copy with these composite indexes (field names). */
        public CreateModel withIndexes(List<List<String>> groups) {
            return new CreateModel(model, table, fields, uniqueTogether, groups, description, fullTextIndexes);
        }

        /** A copy with these full-text indexes (field names), as {@code @Index(fullText = true)} declares them. */
        public CreateModel withFullTextIndexes(List<List<String>> groups) {
            return new CreateModel(model, table, fields, uniqueTogether, indexes, description, groups);
        }

        /** A copy with this table comment. */
        public CreateModel withDescription(String comment) {
            return new CreateModel(model, table, fields, uniqueTogether, indexes, comment, fullTextIndexes);
        }
    }

    /**
     * Drops a model's table.
     *
     * @param model the model, {@code "app.Model"}
     */
    record DeleteModel(String model) implements Operation {
        @Override
        public String toString() {
            return "Operations.deleteModel(" + JavaText.string(model) + ")";
        }
    }

    /**
     * Renames a model and moves it to {@code table}.
     *
     * @param from  the old name, {@code "app.Model"}
     * @param to    the new name, {@code "app.Model"}
     * @param table the table afterwards; null: renamed when it was the default name, kept otherwise
     */
    record RenameModel(String from, String to, String table) implements Operation {
        @Override
        public String toString() {
            return "Operations.renameModel(" + JavaText.string(from) + ", " + JavaText.string(to) + ", "
                    + JavaText.string(table) + ")";
        }
    }

    /**
     * Adds a column.
     *
     * @param model the model, {@code "app.Model"}
     * @param field the new column
     */
    record AddField(String model, FieldDef field) implements Operation {
        @Override
        public String toString() {
            return "Operations.addField(" + JavaText.string(model) + ", " + field + ")";
        }
    }

    /**
     * Drops a column.
     *
     * @param model the model, {@code "app.Model"}
     * @param field the field's name
     */
    record RemoveField(String model, String field) implements Operation {
        @Override
        public String toString() {
            return "Operations.removeField(" + JavaText.string(model) + ", " + JavaText.string(field) + ")";
        }
    }

    /**
     * Gives a field a new definition (type, size, nullability, default, unique, index, comment).
     *
     * @param model the model, {@code "app.Model"}
     * @param field the field's new definition, found by its name
     */
    record AlterField(String model, FieldDef field) implements Operation {
        @Override
        public String toString() {
            return "Operations.alterField(" + JavaText.string(model) + ", " + field + ")";
        }
    }

    /**
     * Renames a field; its column follows when it was named as the field.
     *
     * @param model the model, {@code "app.Model"}
     * @param from  the old field name
     * @param to    the new field name
     */
    record RenameField(String model, String from, String to) implements Operation {
        @Override
        public String toString() {
            return "Operations.renameField(" + JavaText.string(model) + ", " + JavaText.string(from) + ", "
                    + JavaText.string(to) + ")";
        }
    }

    /**
     * Adds a composite index, or a full-text one.
     *
     * @param model    the model, {@code "app.Model"}
     * @param fields   the indexed fields, in order
     * @param fullText whether it is a full-text index ({@code @Index(fullText = true)})
     */
    record AddIndex(String model, List<String> fields, boolean fullText) implements Operation {
        public AddIndex {
            fields = List.copyOf(fields);
        }

        /**
         * An ordinary index.
         *
         * @param model  the model, {@code "app.Model"}
         * @param fields the indexed fields, in order
         */
        public AddIndex(String model, List<String> fields) {
            this(model, fields, false);
        }

        @Override
        public String toString() {
            return "Operations.addIndex(" + JavaText.string(model) + ", " + JavaText.strings(fields)
                    + (fullText ? ", true)" : ")");
        }
    }

    /**
     * Drops a composite index, or a full-text one.
     *
     * @param model    the model, {@code "app.Model"}
     * @param fields   the indexed fields, in order
     * @param fullText whether it is a full-text index ({@code @Index(fullText = true)})
     */
    record RemoveIndex(String model, List<String> fields, boolean fullText) implements Operation {
        public RemoveIndex {
            fields = List.copyOf(fields);
        }

        /**
         * An ordinary index.
         *
         * @param model  the model, {@code "app.Model"}
         * @param fields the indexed fields, in order
         */
        public RemoveIndex(String model, List<String> fields) {
            this(model, fields, false);
        }

        @Override
        public String toString() {
            return "Operations.removeIndex(" + JavaText.string(model) + ", " + JavaText.strings(fields)
                    + (fullText ? ", true)" : ")");
        }
    }

    /**
     * Replaces a model's unique-together groups.
     *
     * @param model          the model, {@code "app.Model"}
     * @param uniqueTogether every group afterwards, as field names
     */
    record AlterUniqueTogether(String model, List<List<String>> uniqueTogether) implements Operation {
        public AlterUniqueTogether {
            uniqueTogether = copyLists(uniqueTogether);
        }

        @Override
        public String toString() {
            return "Operations.alterUniqueTogether(" + JavaText.string(model) + ", "
                    + JavaText.stringLists(uniqueTogether) + ")";
        }
    }

    /**
     * Creates the through table of a many-to-many field.
     *
     * @param table the through table
     */
    record CreateManyToMany(ManyToManyDef table) implements Operation {
        @Override
        public String toString() {
            return "Operations.createManyToMany(" + table + ")";
        }
    }

    /**
     * Drops a many-to-many through table.
     *
     * @param through the through table's name
     */
    record DeleteManyToMany(String through) implements Operation {
        @Override
        public String toString() {
            return "Operations.deleteManyToMany(" + JavaText.string(through) + ")";
        }
    }

    /**
     * Raw SQL: {@code forward} when migrating, {@code backward} when reversing (null: irreversible).
     * A map key names a platform ({@code "postgres"}) whose SQL differs; key {@code "*"} is the rest.
     *
     * @param forward  the SQL per platform when migrating
     * @param backward the SQL per platform when reversing; null makes the migration irreversible
     */
    record RunSql(Map<String, String> forward, Map<String, String> backward) implements Operation {
        public RunSql {
            forward = Map.copyOf(forward);
            backward = backward == null ? null : Map.copyOf(backward);
        }

        /** The statement(s) for the platform {@code platform} in one direction, or null when there are none. */
        public String sqlFor(String platform, boolean backwards) {
            Map<String, String> sql = backwards ? backward : forward;
            if (sql == null) {
                return null;
            }
            return sql.containsKey(platform) ? sql.get(platform) : sql.get("*");
        }

        @Override
        public String toString() {
            if (forward.size() == 1 && forward.containsKey("*") && (backward == null
                    || backward.size() == 1 && backward.containsKey("*"))) {
                return "Operations.runSql(" + JavaText.string(forward.get("*")) + ", "
                        + JavaText.string(backward == null ? null : backward.get("*")) + ")";
            }
            return "Operations.runSql(" + forward + ", " + backward + ")";
        }
    }

    /**
     * Java code run with the live client: a data migration.
     *
     * @param forward  run when migrating
     * @param backward run when reversing; null makes the migration irreversible
     */
    record RunJava(MigrationStep forward, MigrationStep backward) implements Operation {
        public RunJava {
            Objects.requireNonNull(forward, "forward");
        }

        @Override
        public String toString() {
            return "Operations.runJava(/* code */)";
        }
    }

    private static List<List<String>> copyLists(List<List<String>> lists) {
        return lists == null ? List.of() : lists.stream().map(List::copyOf).toList();
    }
}
