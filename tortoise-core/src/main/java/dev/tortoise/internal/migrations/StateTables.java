package dev.tortoise.internal.migrations;

import dev.tortoise.internal.schema.SchemaNames;
import dev.tortoise.internal.schema.TableSpec;
import dev.tortoise.internal.schema.ThroughTableSpec;
import dev.tortoise.migrations.FieldDef;
import dev.tortoise.migrations.ManyToManyDef;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import java.util.ArrayList;
import java.util.List;

/** The {@link TableSpec}s of a {@link ProjectState}: what its tables look like, for DDL. */
final class StateTables {

    private StateTables() {
    }

    /** The table of {@code model} in {@code state}, foreign keys resolved to their targets' tables. */
    static TableSpec table(ProjectState state, ModelState model) {
        List<TableSpec.Column> columns = new ArrayList<>(model.fields().size());
        for (FieldDef field : model.fields()) {
            ForeignKey reference = field.referencedModel() != null && field.hasDbConstraint()
                    ? foreignKey(state, model, field) : null;
            columns.add(new TableSpec.Column(StateColumn.of(model, field), reference, field.isIndexed() && !field.isPk()));
        }
        List<List<String>> uniques = new ArrayList<>();
        for (List<String> group : model.uniqueTogether()) {
            uniques.add(group.stream().map(model::column).toList());
        }
        List<List<String>> indexes = new ArrayList<>();
        for (List<String> group : model.indexes()) {
            indexes.add(group.stream().map(model::column).toList());
        }
        List<List<String>> fullText = new ArrayList<>();
        for (List<String> group : model.fullTextIndexes()) {
            fullText.add(group.stream().map(model::column).toList());
        }
        return new TableSpec(model.table(), model.description(), columns, uniques, indexes, fullText);
    }

    /** The foreign key of a key column, named as schema generation names it. */
    static ForeignKey foreignKey(ProjectState state, ModelState model, FieldDef field) {
        ModelState target = state.model(field.referencedModel());
        String targetColumn = target.pk().column();
        return new ForeignKey(SchemaNames.foreignKey(model.table(), field.column(), target.table(), targetColumn),
                model.table(), field.column(), target.table(), targetColumn, field.onDelete());
    }

    /** The through table of a many-to-many in {@code state}. */
    static ThroughTableSpec through(ProjectState state, ManyToManyDef def) {
        ModelState owner = state.model(def.model());
        ModelState target = state.model(def.target());
        return new ThroughTableSpec(def.through(),
                new ForeignKey(null, def.through(), def.backwardKey(), owner.table(), owner.pk().column(), def.onDelete()),
                StateColumn.of(owner, owner.pk()),
                new ForeignKey(null, def.through(), def.forwardKey(), target.table(), target.pk().column(), def.onDelete()),
                StateColumn.of(target, target.pk()),
                def.unique(), def.dbConstraint(), def.description());
    }
}
