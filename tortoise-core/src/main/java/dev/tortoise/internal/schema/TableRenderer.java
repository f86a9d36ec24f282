package dev.tortoise.internal.schema;

import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ColumnComment;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the block of one table (TORTOISE-SPEC §5.3–§5.7): the CREATE TABLE with its columns,
 * unique_together constraints, foreign key lines and (MySQL) key lines, then the index statements
 * (field indexes, then composite ones, duplicates removed keeping the first), then the full-text
 * indexes, then the comment statements.
 */
public final class TableRenderer {
    private final SchemaDialect dialect;
    private final ColumnRenderer columns;
    private final boolean safe;

    /** A renderer for {@code dialect}; {@code safe} adds {@code IF NOT EXISTS} where it can. */
    public TableRenderer(SchemaDialect dialect, boolean safe) {
        this.dialect = dialect;
        this.columns = new ColumnRenderer(dialect);
        this.safe = safe;
    }

    /** The statements that create the table, its indexes and its comments. */
    public List<Statement> render(TableSpec table) {
        String name = table.table();
        List<String> lines = new ArrayList<>();
        List<String> foreignKeyLines = new ArrayList<>();
        List<ColumnComment> comments = new ArrayList<>();
        for (TableSpec.Column column : table.columns()) {
            String reference = null;
            if (column.reference() != null) {
                if (dialect.inlineReferences()) {
                    reference = dialect.inlineReference(column.reference());
                } else {
                    foreignKeyLines.add(dialect.foreignKeyLine(column.reference()));
                }
            }
            lines.add(columns.line(column.spec(), reference));
            if (column.spec().description() != null) {
                comments.add(new ColumnComment(column.spec().column(), column.spec().description()));
            }
        }
        for (Map.Entry<String, List<String>> unique : uniques(table).entrySet()) {
            lines.add(dialect.uniqueConstraintLine(unique.getKey(), unique.getValue()));
        }
        lines.addAll(foreignKeyLines);
        Map<String, List<String>> indexes = indexes(table);
        List<Statement> statements = new ArrayList<>();
        Map<String, List<String>> fullText = fullTextIndexes(table);
        if (dialect.indexesInsideTable()) {
            for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
                lines.add(dialect.indexLine(index.getKey(), index.getValue(), false));
            }
            for (Map.Entry<String, List<String>> index : fullText.entrySet()) {
                lines.add(dialect.fullTextIndexLine(index.getKey(), index.getValue()));
            }
        }
        statements.add(Statement.of(dialect.createTable(name, lines, table.description(), safe)));
        if (!dialect.indexesInsideTable()) {
            for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
                statements.add(Statement.of(dialect.createIndex(index.getKey(), name, index.getValue(), false, safe)));
            }
            for (Map.Entry<String, List<String>> index : fullText.entrySet()) {
                statements.add(Statement.of(dialect.createFullTextIndex(index.getKey(), name, index.getValue(), safe)));
            }
        }
        for (String sql : dialect.commentStatements(name, comments, table.description())) {
            statements.add(Statement.of(sql));
        }
        return statements;
    }

    /** The table's indexes by name: single-column ones first, then composite; first of a name wins. */
    public static Map<String, List<String>> indexes(TableSpec table) {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        for (TableSpec.Column column : table.columns()) {
            if (column.indexed()) {
                List<String> one = List.of(column.spec().column());
                indexes.putIfAbsent(SchemaNames.index(table.table(), one), one);
            }
        }
        for (List<String> columns : table.indexes()) {
            indexes.putIfAbsent(SchemaNames.index(table.table(), columns), columns);
        }
        return indexes;
    }

    /** The table's full-text indexes by name; first of a name wins. */
    public static Map<String, List<String>> fullTextIndexes(TableSpec table) {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        for (List<String> columns : table.fullTextIndexes()) {
            indexes.putIfAbsent(SchemaNames.fullTextIndex(table.table(), columns), columns);
        }
        return indexes;
    }

    /** The table's unique-together constraints by name; first of a name wins. */
    public static Map<String, List<String>> uniques(TableSpec table) {
        Map<String, List<String>> uniques = new LinkedHashMap<>();
        for (List<String> columns : table.uniqueTogether()) {
            uniques.putIfAbsent(SchemaNames.uniqueTogether(table.table(), columns), columns);
        }
        return uniques;
    }
}
