package dev.tortoise.internal.schema;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@link TableSpec} of a model, and the foreign keys of its relations, as DDL takes them. */
public final class ModelTables {

    private ModelTables() {
    }

    /** The model's field as a column. */
    public static ColumnSpec column(FieldMeta field) {
        return new FieldColumn(field);
    }

    /**
     * The model's table.
     *
     * @param deferred key columns whose foreign key is left out (added after all tables)
     * @throws ConfigurationException for an invalid {@code unique_together} or {@code indexes}
     */
    public static TableSpec of(ModelMeta model, Set<ForeignKeyMeta> deferred) {
        List<TableSpec.Column> columns = new ArrayList<>(model.fields().size());
        for (FieldMeta field : model.fields()) {
            ForeignKeyMeta fk = field.keyOf();
            ForeignKey reference = fk != null && fk.dbConstraint() && !deferred.contains(fk) ? foreignKey(fk) : null;
            columns.add(new TableSpec.Column(new FieldColumn(field), reference, field.indexed() && !field.pk()));
        }
        List<List<String>> uniques = new ArrayList<>();
        for (List<String> names : model.uniqueTogether()) {
            uniques.add(columnsOf(model, "unique_together", names));
        }
        List<List<String>> indexes = new ArrayList<>();
        for (List<String> names : model.indexes()) {
            indexes.add(columnsOf(model, "indexes", names));
        }
        List<List<String>> fullText = new ArrayList<>();
        for (List<String> names : model.fullTextIndexes()) {
            fullText.add(fullTextColumns(model, names));
        }
        return new TableSpec(model.table(), model.description(), columns, uniques, indexes, fullText);
    }

    /** The foreign key of a key column, with its §5.4 constraint name. */
    public static ForeignKey foreignKey(ForeignKeyMeta fk) {
        String table = fk.model().table();
        String column = fk.keyField().column();
        String target = fk.target().table();
        String targetColumn = fk.targetField().column();
        return new ForeignKey(SchemaNames.foreignKey(table, column, target, targetColumn), table, column,
                target, targetColumn, fk.onDelete());
    }

    /** The through table of a declared many-to-many. */
    public static ThroughTableSpec through(ManyToManyMeta m2m) {
        ModelMeta owner = m2m.model();
        ModelMeta target = m2m.target();
        return new ThroughTableSpec(m2m.through(),
                new ForeignKey(null, m2m.through(), m2m.backwardKey(), owner.table(), owner.pk().column(), m2m.onDelete()),
                new FieldColumn(owner.pk()),
                new ForeignKey(null, m2m.through(), m2m.forwardKey(), target.table(), target.pk().column(), m2m.onDelete()),
                new FieldColumn(target.pk()),
                m2m.createUniqueIndex(), m2m.dbConstraint(), m2m.description());
    }

    /** The columns of a full-text index, whose fields must all hold text. */
    private static List<String> fullTextColumns(ModelMeta model, List<String> names) {
        List<String> columns = columnsOf(model, "indexes", names);
        for (String column : columns) {
            FieldMeta field = model.fieldByColumn(column);
            if (!field.kind().isText()) {
                throw new ConfigurationException("'" + model.name() + "' has @Index(value = " + names
                        + ", fullText = true) over '" + field.name() + "' (" + field.kind().name()
                        + "): a full-text index takes text fields only (CharField, TextField)");
            }
        }
        return columns;
    }

    private static List<String> columnsOf(ModelMeta model, String option, List<String> names) {
        if (names.isEmpty()) {
            throw new ConfigurationException("'" + model.name() + "." + option
                    + "' has an empty list of fields: name at least one field of " + model.name());
        }
        return model.columnsOf(option, names);
    }
}
