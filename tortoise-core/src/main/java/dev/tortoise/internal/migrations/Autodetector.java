package dev.tortoise.internal.migrations;

import dev.tortoise.migrations.FieldDef;
import dev.tortoise.migrations.ManyToManyDef;
import dev.tortoise.migrations.Operation;
import dev.tortoise.migrations.Operations;
import dev.tortoise.migrations.Rename;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the state the migrations make with the state the models describe, for one app, and
 * lists the operations that take one to the other. Renames are never guessed: without a
 * {@link Rename}, a field or model that disappeared while a similar one appeared is a removal and an
 * addition, and a note says so.
 */
final class Autodetector {

    /** The operations for one app, notes for the user, and the other apps whose models they reference. */
    record Changes(List<Operation> operations, List<String> notes, Set<String> referencedApps) {
    }

    private Autodetector() {
    }

    static Changes changes(ProjectState history, ProjectState current, String app, List<Rename> renames) {
        List<Operation> ops = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> referenced = new LinkedHashSet<>();
        ProjectState state = history;
        Map<String, ModelState> before = ofApp(history, app);
        Map<String, ModelState> after = ofApp(current, app);

        // through tables that go away first: they reference the models that may go next
        for (ManyToManyDef def : history.throughTables().values()) {
            if (appOf(def.model()).equals(app) && !current.throughTables().containsKey(def.through())) {
                state = add(ops, state, Operations.deleteManyToMany(def.through()));
            }
        }
        // confirmed model renames
        for (Rename rename : renames) {
            if (rename.isModel() && appOf(rename.model()).equals(app) && before.containsKey(rename.model())
                    && after.containsKey(rename.to()) && !after.containsKey(rename.model())) {
                state = add(ops, state, Operations.renameModel(rename.model(), rename.to(), after.get(rename.to()).table()));
            }
        }
        before = ofApp(state, app);
        // new models, each after the models it references
        List<ModelState> created = new ArrayList<>();
        for (ModelState model : after.values()) {
            if (!before.containsKey(model.name())) {
                created.add(model);
            }
        }
        Set<String> made = new HashSet<>(state.models().keySet());
        while (!created.isEmpty()) {
            ModelState next = created.stream().filter(m -> made.containsAll(targets(m, m.name()))).findFirst()
                    .orElse(created.get(0));
            created.remove(next);
            made.add(next.name());
            state = add(ops, state, new Operation.CreateModel(next.name(), next.table(), next.fields(),
                    next.uniqueTogether(), next.indexes(), next.description(), next.fullTextIndexes()));
            next.fields().stream().map(FieldDef::referencedModel).filter(Objects::nonNull).map(Autodetector::appOf)
                    .forEach(referenced::add);
        }
        // changed models
        for (ModelState now : after.values()) {
            ModelState was = state.modelOrNull(now.name());
            if (was == null || ops.stream().anyMatch(op -> op instanceof Operation.CreateModel c && c.model().equals(now.name()))) {
                continue;
            }
            state = changeModel(ops, notes, referenced, state, was, now, renames);
        }
        // models that went away
        for (ModelState was : before.values()) {
            if (!after.containsKey(was.name())) {
                state = add(ops, state, Operations.deleteModel(was.name()));
            }
        }
        Map<String, ModelState> kept = before;
        List<String> removed = kept.keySet().stream().filter(n -> !after.containsKey(n)).toList();
        List<String> added = after.keySet().stream().filter(n -> !kept.containsKey(n)).toList();
        if (!removed.isEmpty() && !added.isEmpty()) {
            notes.add("models " + removed + " were removed and " + added + " added; if one was renamed, pass"
                    + " Rename.model(\"" + removed.get(0) + "\", \"" + added.get(0) + "\") to keep its rows");
        }
        // new through tables last: both their models exist by now
        for (ManyToManyDef def : current.throughTables().values()) {
            if (appOf(def.model()).equals(app) && !state.throughTables().containsKey(def.through())) {
                state = add(ops, state, Operations.createManyToMany(def));
                referenced.add(appOf(def.target()));
            }
        }
        return new Changes(ops, notes, referenced);
    }

    private static ProjectState changeModel(List<Operation> ops, List<String> notes, Set<String> referenced,
                                            ProjectState state, ModelState was, ModelState now, List<Rename> renames) {
        String model = now.name();
        if (!was.table().equals(now.table())) {
            state = add(ops, state, Operations.renameModel(model, model, now.table()));
        }
        for (Rename rename : renames) {
            if (!rename.isModel() && rename.model().equals(model) && was.fieldOrNull(rename.from()) != null
                    && now.fieldOrNull(rename.to()) != null && now.fieldOrNull(rename.from()) == null) {
                state = add(ops, state, Operations.renameField(model, rename.from(), rename.to()));
            }
        }
        ModelState current = state.model(model);
        List<String> addedFields = new ArrayList<>();
        for (FieldDef field : now.fields()) {
            FieldDef old = current.fieldOrNull(field.name());
            if (old == null) {
                state = add(ops, state, Operations.addField(model, field));
                addedFields.add(field.name());
                if (field.referencedModel() != null) {
                    referenced.add(appOf(field.referencedModel()));
                }
            } else if (!old.equals(field)) {
                state = add(ops, state, Operations.alterField(model, field));
                if (field.referencedModel() != null) {
                    referenced.add(appOf(field.referencedModel()));
                }
            }
        }
        current = state.model(model);
        for (boolean fullText : new boolean[] {false, true}) {
            for (List<String> group : current.indexes(fullText)) {
                if (!now.indexes(fullText).contains(group)) {
                    state = add(ops, state, Operations.removeIndex(model, group, fullText));
                }
            }
        }
        if (!current.uniqueTogether().equals(now.uniqueTogether())) {
            state = add(ops, state, Operations.alterUniqueTogether(model, now.uniqueTogether()));
        }
        current = state.model(model);
        for (boolean fullText : new boolean[] {false, true}) {
            for (List<String> group : now.indexes(fullText)) {
                if (!current.indexes(fullText).contains(group)) {
                    state = add(ops, state, Operations.addIndex(model, group, fullText));
                }
            }
        }
        List<String> removedFields = new ArrayList<>();
        for (FieldDef field : state.model(model).fields()) {
            if (now.fieldOrNull(field.name()) == null) {
                removedFields.add(field.name());
            }
        }
        for (String field : removedFields) {
            state = add(ops, state, Operations.removeField(model, field));
        }
        if (!removedFields.isEmpty() && !addedFields.isEmpty()) {
            notes.add(model + ": fields " + removedFields + " were removed and " + addedFields + " added; if one was"
                    + " renamed, pass Rename.field(\"" + model + "\", \"" + removedFields.get(0) + "\", \""
                    + addedFields.get(0) + "\") to keep its data");
        }
        return state;
    }

    /** A short name for a migration of these operations ({@code post_summary}, {@code auto_20261204_0412}). */
    static String autoName(List<Operation> ops) {
        if (ops.size() == 1) {
            Operation op = ops.get(0);
            String name = switch (op) {
                case Operation.CreateModel c -> simple(c.model());
                case Operation.DeleteModel d -> "delete_" + simple(d.model());
                case Operation.AddField a -> simple(a.model()) + "_" + a.field().name();
                case Operation.RemoveField r -> "remove_" + simple(r.model()) + "_" + r.field();
                case Operation.AlterField a -> "alter_" + simple(a.model()) + "_" + a.field().name();
                case Operation.RenameField r -> "rename_" + simple(r.model()) + "_" + r.from() + "_" + r.to();
                case Operation.RenameModel r -> "rename_" + simple(r.from()) + "_" + simple(r.to());
                default -> null;
            };
            if (name != null) {
                return name.replaceAll("[^A-Za-z0-9_]", "_");
            }
        }
        return "auto_" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd_HHmm")
                .format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
    }

    private static String simple(String model) {
        return model.substring(model.indexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static ProjectState add(List<Operation> ops, ProjectState state, Operation op) {
        ops.add(op);
        return state.apply(op);
    }

    private static Set<String> targets(ModelState model, String self) {
        Set<String> targets = new HashSet<>();
        for (FieldDef f : model.fields()) {
            if (f.referencedModel() != null && !f.referencedModel().equals(self)) {
                targets.add(f.referencedModel());
            }
        }
        return targets;
    }

    private static Map<String, ModelState> ofApp(ProjectState state, String app) {
        Map<String, ModelState> models = new LinkedHashMap<>();
        state.models().forEach((name, model) -> {
            if (appOf(name).equals(app)) {
                models.put(name, model);
            }
        });
        return models;
    }

    private static String appOf(String model) {
        return model.substring(0, model.indexOf('.'));
    }
}
