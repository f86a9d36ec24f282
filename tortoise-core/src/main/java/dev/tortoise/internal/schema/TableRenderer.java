package dev.tortoise.internal.schema;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ColumnComment;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the block of one model's table (TORTOISE-SPEC §5.3–§5.7): the CREATE TABLE with its
 * columns, unique_together constraints, foreign key lines and (MySQL) key lines, then the index
 * statements (field indexes, then {@code @Index}, duplicates removed keeping the first), then the
 * comment statements.
 */
final class TableRenderer {
    private final SchemaDialect dialect;
    private final ColumnRenderer columns;
    private final boolean safe;

    TableRenderer(SchemaDialect dialect, boolean safe) {
        this.dialect = dialect;
        this.columns = new ColumnRenderer(dialect);
        this.safe = safe;
    }

    /** The foreign key of a key column, as the dialect takes it, with its §5.4 constraint name. */
    static ForeignKey foreignKey(ForeignKeyMeta fk) {
        String table = fk.model().table();
        String column = fk.keyField().column();
        String target = fk.target().table();
        String targetColumn = fk.targetField().column();
        return new ForeignKey(SchemaNames.foreignKey(table, column, target, targetColumn), table, column,
                target, targetColumn, fk.onDelete());
    }

    /**
     * The block of a model's table.
     *
     * @param deferred foreign keys left out of CREATE TABLE because their target table does not
     *                 exist yet; the generator adds them afterwards
     * @throws ConfigurationException for an invalid {@code unique_together} or {@code indexes}
     */
    TableBlock render(ModelMeta model, Set<ForeignKeyMeta> deferred) {
        String table = model.table();
        List<String> lines = new ArrayList<>();
        List<String> foreignKeyLines = new ArrayList<>();
        List<ColumnComment> comments = new ArrayList<>();
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        for (FieldMeta field : model.fields()) {
            ForeignKeyMeta fk = field.keyOf();
            String reference = null;
            if (fk != null && fk.dbConstraint() && !deferred.contains(fk)) {
                if (dialect.inlineReferences()) {
                    reference = dialect.inlineReference(foreignKey(fk));
                } else {
                    foreignKeyLines.add(dialect.foreignKeyLine(foreignKey(fk)));
                }
            }
            lines.add(columns.line(field, reference));
            if (field.description() != null) {
                comments.add(new ColumnComment(field.column(), field.description()));
            }
            if (field.indexed() && !field.pk()) {
                List<String> one = List.of(field.column());
                indexes.putIfAbsent(SchemaNames.index(table, one), one);
            }
        }
        Map<String, List<String>> uniques = new LinkedHashMap<>();
        for (List<String> names : model.uniqueTogether()) {
            List<String> cols = columnsOf(model, "unique_together", names);
            uniques.putIfAbsent(SchemaNames.uniqueTogether(table, cols), cols);
        }
        for (List<String> names : model.indexes()) {
            List<String> cols = columnsOf(model, "indexes", names);
            indexes.putIfAbsent(SchemaNames.index(table, cols), cols);
        }
        for (Map.Entry<String, List<String>> unique : uniques.entrySet()) {
            lines.add(dialect.uniqueConstraintLine(unique.getKey(), unique.getValue()));
        }
        lines.addAll(foreignKeyLines);
        List<Statement> statements = new ArrayList<>();
        if (dialect.indexesInsideTable()) {
            for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
                lines.add(dialect.indexLine(index.getKey(), index.getValue(), false));
            }
        }
        statements.add(Statement.of(dialect.createTable(table, lines, model.description(), safe)));
        if (!dialect.indexesInsideTable()) {
            for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
                statements.add(Statement.of(dialect.createIndex(index.getKey(), table, index.getValue(), false, safe)));
            }
        }
        for (String sql : dialect.commentStatements(table, comments, model.description())) {
            statements.add(Statement.of(sql));
        }
        return new TableBlock(table, statements);
    }

    private static List<String> columnsOf(ModelMeta model, String option, List<String> names) {
        if (names.isEmpty()) {
            throw new ConfigurationException("'" + model.name() + "." + option
                    + "' has an empty list of fields: name at least one field of " + model.name());
        }
        return model.columnsOf(option, names);
    }
}
