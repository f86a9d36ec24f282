package dev.tortoise.internal.migrations;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.migrations.FieldDef;
import dev.tortoise.migrations.ManyToManyDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@link ProjectState} that the current model classes describe: what migrations must reach. */
final class CurrentState {

    private CurrentState() {
    }

    /** The state of every model of the given apps (and of the models they reference). */
    static ProjectState of(ModelRegistry registry, Set<String> apps) {
        Map<String, ModelState> models = new LinkedHashMap<>();
        Map<String, ManyToManyDef> through = new LinkedHashMap<>();
        Set<String> tables = new HashSet<>();
        for (ModelMeta model : registry.models()) {
            tables.add(model.table());
        }
        for (ModelMeta model : registry.models()) {
            if (!apps.contains(model.app())) {
                continue;
            }
            models.put(model.fullName(), model(model));
            for (ManyToManyMeta m2m : model.manyToMany()) {
                if (!m2m.generated() && !tables.contains(m2m.through())) {
                    through.put(m2m.through(), new ManyToManyDef(model.fullName(), m2m.name(), m2m.target().fullName(),
                            m2m.through(), m2m.backwardKey(), m2m.forwardKey(), m2m.onDelete(),
                            m2m.createUniqueIndex(), m2m.dbConstraint(), m2m.description()));
                }
            }
        }
        return new ProjectState(models, through);
    }

    private static ModelState model(ModelMeta model) {
        List<FieldDef> fields = new ArrayList<>(model.fields().size());
        for (FieldMeta f : model.fields()) {
            fields.add(field(f));
        }
        return new ModelState(model.fullName(), model.table(), fields, groups(model, "unique_together", model.uniqueTogether()),
                groups(model, "indexes", model.indexes()), model.description(),
                groups(model, "indexes", model.fullTextIndexes()));
    }

    private static FieldDef field(FieldMeta f) {
        FieldDef def = FieldDef.of(f.name(), f.kind()).column(f.column());
        if (f.maxLength() != 0) {
            def = def.maxLength(f.maxLength());
        }
        if (f.maxDigits() != 0 || f.decimalPlaces() != 0) {
            def = def.decimal(f.maxDigits(), f.decimalPlaces());
        }
        if (f.elementKind() != null) {
            def = def.elements(f.elementKind());
        }
        if (f.pk()) {
            def = f.generated() ? def.generated() : def.pk();
        }
        def = def.nullable(f.nullable()).unique(f.unique() && !f.pk()).index(f.indexed() && !f.pk())
                .dbDefault(f.dbDefault()).dbDefaultSql(f.dbDefaultSql()).description(f.description());
        ForeignKeyMeta fk = f.keyOf();
        if (fk != null) {
            def = def.references(fk.target().fullName(), fk.onDelete());
            if (!fk.dbConstraint()) {
                def = def.noDbConstraint();
            }
        }
        return def;
    }

    /** Groups of Java field names as groups of the state's field names (a relation's is its key field's). */
    private static List<List<String>> groups(ModelMeta model, String option, List<List<String>> groups) {
        List<List<String>> result = new ArrayList<>(groups.size());
        for (List<String> group : groups) {
            List<String> names = new ArrayList<>(group.size());
            for (String column : model.columnsOf(option, group)) {
                names.add(model.fieldByColumn(column).name());
            }
            result.add(names);
        }
        return result;
    }
}
