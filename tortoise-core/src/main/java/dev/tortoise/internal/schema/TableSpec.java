package dev.tortoise.internal.schema;

import dev.tortoise.spi.SchemaDialect.ForeignKey;
import java.util.List;
import java.util.Objects;

/**
 * One table as DDL renders it, whether it comes from a model or from a migration's state: columns
 * in order, unique-together groups and composite indexes as column lists, the table comment.
 *
 * @param uniqueTogether column lists of the composite unique constraints
 * @param indexes        column lists of the composite indexes (single-column ones are flags on columns)
 * @param fullTextIndexes column lists of the full-text indexes ({@code @Index(fullText = true)})
 */
public record TableSpec(String table, String description, List<Column> columns, List<List<String>> uniqueTogether,
                        List<List<String>> indexes, List<List<String>> fullTextIndexes) {

    public TableSpec {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        uniqueTogether = List.copyOf(uniqueTogether);
        indexes = List.copyOf(indexes);
        fullTextIndexes = List.copyOf(fullTextIndexes);
    }

    /** A table without full-text indexes. */
    public TableSpec(String table, String description, List<Column> columns, List<List<String>> uniqueTogether,
                     List<List<String>> indexes) {
        this(table, description, columns, uniqueTogether, indexes, List.of());
    }

    /**
     * A column, its foreign key (null when it has none or {@code dbConstraint = false}) and whether
     * it has an index of its own.
     */
    public record Column(ColumnSpec spec, ForeignKey reference, boolean indexed) {
        public Column {
            Objects.requireNonNull(spec, "spec");
        }
    }
}
