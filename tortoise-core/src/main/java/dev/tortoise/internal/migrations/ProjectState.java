package dev.tortoise.internal.migrations;

import dev.tortoise.exceptions.MigrationException;
import dev.tortoise.migrations.FieldDef;
import dev.tortoise.migrations.ManyToManyDef;
import dev.tortoise.migrations.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The models and through tables that a sequence of migrations makes, without a database: replaying
 * operations with {@link #apply} gives the state after them. Immutable; {@code apply} returns a new state.
 */
final class ProjectState {

    static final ProjectState EMPTY = new ProjectState(Map.of(), Map.of());

    private final Map<String, ModelState> models;
    private final Map<String, ManyToManyDef> throughTables;

    ProjectState(Map<String, ModelState> models, Map<String, ManyToManyDef> throughTables) {
        this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        this.throughTables = Collections.unmodifiableMap(new LinkedHashMap<>(throughTables));
    }

    Map<String, ModelState> models() {
        return models;
    }

    Map<String, ManyToManyDef> throughTables() {
        return throughTables;
    }

    ModelState modelOrNull(String name) {
        return models.get(name);
    }

    ModelState model(String name) {
        ModelState model = models.get(name);
        if (model == null) {
            throw new MigrationException("Model " + name + " does not exist in the migrations' state; models: "
                    + models.keySet());
        }
        return model;
    }

    /** The state after {@code op}. */
    ProjectState apply(Operation op) {
        Map<String, ModelState> m = new LinkedHashMap<>(models);
        Map<String, ManyToManyDef> t = new LinkedHashMap<>(throughTables);
        switch (op) {
            case Operation.CreateModel c -> {
                if (m.containsKey(c.model())) {
                    throw new MigrationException("Model " + c.model() + " is created twice");
                }
                m.put(c.model(), new ModelState(c.model(), c.table(), c.fields(), c.uniqueTogether(), c.indexes(),
                        c.description(), c.fullTextIndexes()));
            }
            case Operation.DeleteModel d -> m.remove(model(d.model()).name());
            case Operation.RenameModel r -> {
                ModelState old = model(r.from());
                String table = r.table() != null ? r.table()
                        : old.table().equals(defaultTable(r.from())) ? defaultTable(r.to()) : old.table();
                Map<String, ModelState> renamed = new LinkedHashMap<>();
                for (ModelState model : m.values()) {
                    ModelState next = model.name().equals(r.from()) ? model.renamed(r.to(), table) : model;
                    renamed.put(next.name(), retarget(next, r.from(), r.to()));
                }
                m = renamed;
                t.replaceAll((through, def) -> def.model().equals(r.from()) || def.target().equals(r.from())
                        ? withModels(def, r.from(), r.to()) : def);
            }
            case Operation.AddField a -> {
                ModelState model = model(a.model());
                if (model.fieldOrNull(a.field().name()) != null) {
                    throw new MigrationException("Model " + a.model() + " already has field '" + a.field().name() + "'");
                }
                m.put(a.model(), model.withField(a.field()));
            }
            case Operation.RemoveField r -> {
                ModelState model = model(r.model());
                model.field(r.field());
                List<FieldDef> rest = new ArrayList<>(model.fields());
                rest.removeIf(f -> f.name().equals(r.field()));
                m.put(r.model(), model.withFields(rest)
                        .withUniqueTogether(without(model.uniqueTogether(), r.field()))
                        .withIndexes(without(model.indexes(), r.field()))
                        .withFullTextIndexes(without(model.fullTextIndexes(), r.field())));
            }
            case Operation.AlterField a -> {
                ModelState model = model(a.model());
                model.field(a.field().name());
                m.put(a.model(), model.withField(a.field()));
            }
            case Operation.RenameField r -> {
                ModelState model = model(r.model());
                FieldDef old = model.field(r.from());
                if (model.fieldOrNull(r.to()) != null) {
                    throw new MigrationException("Model " + r.model() + " already has field '" + r.to() + "'");
                }
                List<FieldDef> fields = new ArrayList<>(model.fields());
                fields.replaceAll(f -> f.name().equals(r.from()) ? old.renamed(r.to()) : f);
                m.put(r.model(), model.withFields(fields)
                        .withUniqueTogether(renamed(model.uniqueTogether(), r.from(), r.to()))
                        .withIndexes(renamed(model.indexes(), r.from(), r.to()))
                        .withFullTextIndexes(renamed(model.fullTextIndexes(), r.from(), r.to())));
            }
            case Operation.AddIndex a -> {
                ModelState model = model(a.model());
                List<List<String>> indexes = new ArrayList<>(model.indexes(a.fullText()));
                indexes.add(a.fields());
                m.put(a.model(), model.withIndexes(a.fullText(), indexes));
            }
            case Operation.RemoveIndex r -> {
                ModelState model = model(r.model());
                List<List<String>> indexes = new ArrayList<>(model.indexes(r.fullText()));
                if (!indexes.remove(r.fields())) {
                    throw new MigrationException("Model " + r.model() + " has no " + (r.fullText() ? "full-text " : "")
                            + "index on " + r.fields() + "; its " + (r.fullText() ? "full-text " : "") + "indexes: "
                            + model.indexes(r.fullText()));
                }
                m.put(r.model(), model.withIndexes(r.fullText(), indexes));
            }
            case Operation.AlterUniqueTogether u -> m.put(u.model(), model(u.model()).withUniqueTogether(u.uniqueTogether()));
            case Operation.CreateManyToMany c -> {
                if (t.containsKey(c.table().through())) {
                    throw new MigrationException("Through table " + c.table().through() + " is created twice");
                }
                t.put(c.table().through(), c.table());
            }
            case Operation.DeleteManyToMany d -> {
                if (t.remove(d.through()) == null) {
                    throw new MigrationException("Through table " + d.through() + " does not exist in the migrations'"
                            + " state; through tables: " + t.keySet());
                }
            }
            case Operation.RunSql ignored -> {
                return this;
            }
            case Operation.RunJava ignored -> {
                return this;
            }
        }
        return new ProjectState(m, t);
    }

    /** The table upstream names a model by default: its class name in lower case. */
    static String defaultTable(String model) {
        return model.substring(model.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static ModelState retarget(ModelState model, String from, String to) {
        List<FieldDef> fields = new ArrayList<>(model.fields());
        boolean changed = false;
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            if (from.equals(f.referencedModel())) {
                FieldDef moved = f.references(to, f.onDelete());
                fields.set(i, f.hasDbConstraint() ? moved : moved.noDbConstraint());
                changed = true;
            }
        }
        return changed ? model.withFields(fields) : model;
    }

    private static ManyToManyDef withModels(ManyToManyDef def, String from, String to) {
        return new ManyToManyDef(def.model().equals(from) ? to : def.model(), def.field(),
                def.target().equals(from) ? to : def.target(), def.through(), def.backwardKey(), def.forwardKey(),
                def.onDelete(), def.unique(), def.dbConstraint(), def.description());
    }

    private static List<List<String>> without(List<List<String>> groups, String field) {
        return groups.stream().filter(g -> !g.contains(field)).toList();
    }

    private static List<List<String>> renamed(List<List<String>> groups, String from, String to) {
        return groups.stream().map(g -> g.stream().map(f -> f.equals(from) ? to : f).toList()).toList();
    }
}
