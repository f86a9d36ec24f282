package dev.tortoise.bench.generator;

import dev.tortoise.bench.generator.ModelShape.DataField;
import dev.tortoise.bench.generator.ModelShape.ForeignKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a shape as the DDL a careful person writes by hand for one dialect, in the shape upstream
 * Tortoise generates ([B] style, {@code safe = false}, TORTOISE-SPEC §5): tables in dependency
 * order, indexes after their table (SQLite, PostgreSQL) or inside it (MySQL), then the through
 * tables. Statements end with {@code ;} and are joined by new lines, as {@code getSchemaSql} does.
 */
final class DdlWriter {

    /** The three dialects and the column types of the shape's fields in each (§5.5). */
    enum Dialect {
        SQLITE("sqlite", '"', "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL", "TEXT", "INT", "VARCHAR(40)", "TIMESTAMP"),
        POSTGRES("postgres", '"', "SERIAL NOT NULL PRIMARY KEY", "TEXT", "BOOL", "DECIMAL(12,2)", "TIMESTAMPTZ"),
        MYSQL("mysql", '`', "INT NOT NULL PRIMARY KEY AUTO_INCREMENT", "LONGTEXT", "BOOL", "DECIMAL(12,2)", "DATETIME(6)");

        final String fileName;
        final char quote;
        final String generatedKey;
        final String text;
        final String bool;
        final String decimal;
        final String datetime;

        Dialect(String fileName, char quote, String generatedKey, String text, String bool, String decimal,
                String datetime) {
            this.fileName = fileName;
            this.quote = quote;
            this.generatedKey = generatedKey;
            this.text = text;
            this.bool = bool;
            this.decimal = decimal;
            this.datetime = datetime;
        }

        String type(DataField field) {
            return switch (field) {
                case NAME -> "VARCHAR(100)";
                case CODE -> "VARCHAR(20)";
                case BODY -> text;
                case ACTIVE -> bool;
                case AMOUNT -> decimal;
                case QUANTITY -> "INT";
                case CREATED -> datetime;
            };
        }
    }

    private final Dialect dialect;
    private final boolean mysql;

    DdlWriter(Dialect dialect) {
        this.dialect = dialect;
        this.mysql = dialect == Dialect.MYSQL;
    }

    /** The whole schema of {@code models}: every table block in order, then every through table. */
    String schema(List<ModelShape> models) {
        List<String> statements = new ArrayList<>();
        for (ModelShape m : models) {
            statements.addAll(table(m));
        }
        for (ModelShape m : models) {
            if (m.manyToManyTarget().isPresent()) {
                statements.addAll(through(m));
            }
        }
        return String.join("\n", statements) + "\n";
    }

    private List<String> table(ModelShape m) {
        List<String> lines = new ArrayList<>();
        lines.add(q("id") + " " + dialect.generatedKey);
        for (DataField field : DataField.values()) {
            String nullity = field == DataField.BODY ? "" : " NOT NULL";
            lines.add(q(field.column) + " " + dialect.type(field) + nullity);
        }
        for (ForeignKey fk : m.foreignKeys()) {
            String column = q(fk.column()) + " INT" + (fk.nullable() ? "" : " NOT NULL");
            lines.add(mysql ? column : column + " " + references(fk.target(), fk.onDelete()));
        }
        if (m.hasUniqueTogether()) {
            String name = DdlNames.uniqueTogether(m.table(), "name", "code");
            lines.add((mysql ? "UNIQUE KEY " : "CONSTRAINT ") + q(name) + (mysql ? " " : " UNIQUE ")
                    + columns("name", "code"));
        }
        List<String> indexes = new ArrayList<>();
        indexes.add(index(m.table(), "name"));
        if (m.hasCompositeIndex()) {
            indexes.add(index(m.table(), "active", "created"));
        }
        if (!mysql) {
            List<String> statements = new ArrayList<>();
            statements.add(create(m.table(), lines));
            statements.addAll(indexes);
            return statements;
        }
        for (ForeignKey fk : m.foreignKeys()) {
            String target = ModelShape.tableName(fk.target());
            lines.add("CONSTRAINT " + q(DdlNames.mysqlForeignKey(m.table(), fk.column(), target, "id"))
                    + " FOREIGN KEY (" + q(fk.column()) + ") " + references(fk.target(), fk.onDelete()));
        }
        lines.addAll(indexes);
        return List.of(create(m.table(), lines));
    }

    private List<String> through(ModelShape m) {
        String through = m.throughTable();
        int target = m.manyToManyTarget().orElseThrow();
        String backward = m.table() + "_id";
        String forward = ModelShape.tableName(target) + "_id";
        String unique = DdlNames.throughUnique(through, backward, forward);
        List<String> lines = new ArrayList<>();
        if (mysql) {
            lines.add(q(backward) + " INT NOT NULL");
            lines.add(q(forward) + " INT NOT NULL");
            lines.add("FOREIGN KEY (" + q(backward) + ") " + references(m.index(), "CASCADE"));
            lines.add("FOREIGN KEY (" + q(forward) + ") " + references(target, "CASCADE"));
            lines.add("UNIQUE KEY " + q(unique) + " " + columns(backward, forward));
            return List.of(create(through, lines));
        }
        lines.add(q(backward) + " INT NOT NULL " + references(m.index(), "CASCADE"));
        lines.add(q(forward) + " INT NOT NULL " + references(target, "CASCADE"));
        return List.of(create(through, lines),
                "CREATE UNIQUE INDEX " + q(unique) + " ON " + q(through) + " " + columns(backward, forward) + ";");
    }

    private String index(String table, String... cols) {
        String name = DdlNames.index(table, cols);
        return mysql ? "KEY " + q(name) + " " + columns(cols)
                : "CREATE INDEX " + q(name) + " ON " + q(table) + " " + columns(cols) + ";";
    }

    private String create(String table, List<String> lines) {
        return "CREATE TABLE " + q(table) + " (\n    " + String.join(",\n    ", lines) + "\n)"
                + (mysql ? " CHARACTER SET utf8mb4;" : ";");
    }

    private String references(int target, String onDelete) {
        return "REFERENCES " + q(ModelShape.tableName(target)) + " (" + q("id") + ") ON DELETE " + onDelete;
    }

    private String columns(String... names) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < names.length; i++) {
            out.append(i == 0 ? "" : ", ").append(q(names[i]));
        }
        return out.append(')').toString();
    }

    private String q(String identifier) {
        return dialect.quote + identifier + dialect.quote;
    }
}
