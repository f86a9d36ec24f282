package dev.tortoise.internal.migrations;

import dev.tortoise.internal.schema.ColumnRenderer;
import dev.tortoise.internal.schema.ColumnSpec;
import dev.tortoise.internal.schema.TableRenderer;
import dev.tortoise.internal.schema.TableSpec;
import dev.tortoise.internal.schema.ThroughTableRenderer;
import dev.tortoise.migrations.ManyToManyDef;
import dev.tortoise.migrations.Operation;
import dev.tortoise.spi.AlterDialect;
import dev.tortoise.spi.AlterDialect.ColumnChange;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DDL of one schema operation, in either direction, computed from the model states before and
 * after it: an operation says which model changes (and which column was renamed), the two states
 * say what the table looked like and must look like. So every schema operation is reversible by
 * swapping the states, and the tables a migration makes are the ones schema generation makes for
 * the same models, because both render through {@link TableRenderer}.
 */
final class ChangeSql {

    private final SchemaDialect ddl;
    private final AlterDialect alter;
    private final ColumnRenderer columns;

    ChangeSql(AlterDialect alter) {
        this.alter = alter;
        this.ddl = alter.ddl();
        this.columns = new ColumnRenderer(ddl);
    }

    /** As {@link #statements}, or null for raw SQL and Java, which carry their own. */
    List<String> statementsOrNull(Operation op, ProjectState from, ProjectState to, boolean backwards) {
        return op instanceof Operation.RunSql || op instanceof Operation.RunJava ? null
                : statements(op, from, to, backwards);
    }

    /**
     * The statements that take the schema from {@code from} to {@code to} for {@code op}, which
     * {@code backwards} reverses (then {@code from} is the state after the operation).
     */
    List<String> statements(Operation op, ProjectState from, ProjectState to, boolean backwards) {
        return switch (op) {
            case Operation.CreateModel c -> backwards ? dropModel(from, c.model()) : createModel(to, c.model());
            case Operation.DeleteModel d -> backwards ? createModel(to, d.model()) : dropModel(from, d.model());
            case Operation.RenameModel r -> renameModel(from, to, backwards ? r.to() : r.from(), backwards ? r.from() : r.to());
            case Operation.AddField a -> changeTable(from, to, a.model(), Map.of());
            case Operation.RemoveField r -> changeTable(from, to, r.model(), Map.of());
            case Operation.AlterField a -> changeTable(from, to, a.model(), Map.of());
            case Operation.RenameField r -> {
                String oldName = backwards ? r.to() : r.from();
                String newName = backwards ? r.from() : r.to();
                String oldColumn = from.model(r.model()).column(oldName);
                String newColumn = to.model(r.model()).column(newName);
                yield changeTable(from, to, r.model(), Map.of(newColumn, oldColumn));
            }
            case Operation.AddIndex a -> changeTable(from, to, a.model(), Map.of());
            case Operation.RemoveIndex r -> changeTable(from, to, r.model(), Map.of());
            case Operation.AlterUniqueTogether u -> changeTable(from, to, u.model(), Map.of());
            case Operation.CreateManyToMany c -> backwards ? List.of(alter.dropTable(c.table().through()))
                    : createThrough(to, c.table());
            case Operation.DeleteManyToMany d -> backwards ? createThrough(to, to.throughTables().get(d.through()))
                    : List.of(alter.dropTable(d.through()));
            case Operation.RunSql ignored -> throw new IllegalArgumentException("RunSql has no derived DDL");
            case Operation.RunJava ignored -> throw new IllegalArgumentException("RunJava has no DDL");
        };
    }

    private List<String> createModel(ProjectState state, String model) {
        return sql(new TableRenderer(ddl, false).render(StateTables.table(state, state.model(model))));
    }

    private List<String> dropModel(ProjectState state, String model) {
        return List.of(alter.dropTable(state.model(model).table()));
    }

    private List<String> createThrough(ProjectState state, ManyToManyDef def) {
        return sql(new ThroughTableRenderer(ddl, false).render(StateTables.through(state, def)));
    }

    /**
     * Renames the table, then what is named after it (PostgreSQL's key sequence, indexes, composite
     * unique constraints), so that the schema is the one CREATE TABLE makes under the new name.
     */
    private List<String> renameModel(ProjectState from, ProjectState to, String oldName, String newName) {
        TableSpec before = StateTables.table(from, from.model(oldName));
        TableSpec after = StateTables.table(to, to.model(newName));
        if (before.table().equals(after.table())) {
            return List.of();
        }
        List<String> statements = new ArrayList<>();
        statements.add(alter.renameTable(before.table(), after.table()));
        ColumnSpec key = generatedKey(after);
        statements.addAll(alter.afterTableRename(before.table(), after.table(), key == null ? null : key.column()));
        renameIndexes(statements, after.table(), TableRenderer.indexes(before), TableRenderer.indexes(after),
                (name, cols) -> alter.createIndex(name, after.table(), cols, false));
        renameIndexes(statements, after.table(), TableRenderer.fullTextIndexes(before),
                TableRenderer.fullTextIndexes(after), (name, cols) -> alter.createFullTextIndex(name, after.table(), cols));
        Map<List<String>, String> newUniques = byColumns(TableRenderer.uniques(after));
        TableRenderer.uniques(before).forEach((name, cols) -> {
            String renamed = newUniques.get(cols);
            String sql = renamed == null || renamed.equals(name) ? null
                    : alter.renameUniqueTogether(after.table(), name, renamed);
            if (sql != null) {
                statements.add(sql);
            }
        });
        return statements;
    }

    private static ColumnSpec generatedKey(TableSpec table) {
        for (TableSpec.Column column : table.columns()) {
            if (column.spec().pk() && column.spec().generated()) {
                return column.spec();
            }
        }
        return null;
    }

    /**
     * Renames the indexes whose names follow the table's (same columns, new name), or drops and
     * recreates them with {@code create} where the database cannot rename an index.
     */
    private void renameIndexes(List<String> statements, String table, Map<String, List<String>> before,
                               Map<String, List<String>> after, java.util.function.BiFunction<String, List<String>, String> create) {
        Map<List<String>, String> newNames = byColumns(after);
        before.forEach((name, cols) -> {
            String renamed = newNames.get(cols);
            if (renamed != null && !renamed.equals(name)) {
                String sql = alter.renameIndex(table, name, renamed);
                if (sql != null) {
                    statements.add(sql);
                } else {
                    statements.add(alter.dropIndex(name, table));
                    statements.add(create.apply(renamed, cols));
                }
            }
        });
    }

    private static Map<List<String>, String> byColumns(Map<String, List<String>> byName) {
        Map<List<String>, String> map = new HashMap<>();
        byName.forEach((name, cols) -> map.putIfAbsent(cols, name));
        return map;
    }

    /**
     * The statements that turn one table into another.
     *
     * @param renamed new column name to old, for a renamed column
     */
    private List<String> changeTable(ProjectState fromState, ProjectState toState, String model,
                                     Map<String, String> renamed) {
        TableSpec before = StateTables.table(fromState, fromState.model(model));
        TableSpec after = StateTables.table(toState, toState.model(model));
        if (alter.rebuildsTables() && needsRebuild(before, after, renamed)) {
            return rebuild(before, after, renamed);
        }
        return alterInPlace(before, after, renamed);
    }

    private boolean needsRebuild(TableSpec before, TableSpec after, Map<String, String> renamed) {
        Map<String, TableSpec.Column> old = byColumn(before);
        if (before.columns().size() != after.columns().size() || !before.uniqueTogether().equals(
                after.uniqueTogether().stream().map(g -> g.stream().map(c -> renamed.getOrDefault(c, c)).toList()).toList())) {
            return true;
        }
        for (TableSpec.Column column : after.columns()) {
            TableSpec.Column was = old.get(renamed.getOrDefault(column.spec().column(), column.spec().column()));
            if (was == null || !sameDefinition(was, column)) {
                return true;
            }
        }
        return false;
    }

    private List<String> rebuild(TableSpec before, TableSpec after, Map<String, String> renamed) {
        String table = after.table();
        String temporary = "__new__" + table;
        List<String> statements = new ArrayList<>();
        TableSpec shadow = new TableSpec(temporary, after.description(), after.columns(), after.uniqueTogether(), List.of());
        List<Statement> create = new TableRenderer(ddl, false).render(withoutIndexes(shadow));
        statements.add(create.get(0).sql());
        Map<String, TableSpec.Column> old = byColumn(before);
        List<String> target = new ArrayList<>();
        List<String> source = new ArrayList<>();
        for (TableSpec.Column column : after.columns()) {
            String name = column.spec().column();
            String oldName = renamed.getOrDefault(name, name);
            if (old.containsKey(oldName)) {
                target.add(ddl.quote(name));
                source.add(ddl.quote(oldName));
            }
        }
        if (!target.isEmpty()) {
            statements.add("INSERT INTO " + ddl.quote(temporary) + " (" + String.join(", ", target) + ") SELECT "
                    + String.join(", ", source) + " FROM " + ddl.quote(before.table()));
        }
        statements.add(alter.dropTable(before.table()));
        statements.add(alter.renameTable(temporary, table));
        for (Map.Entry<String, List<String>> index : TableRenderer.indexes(after).entrySet()) {
            statements.add(alter.createIndex(index.getKey(), table, index.getValue(), false));
        }
        for (Map.Entry<String, List<String>> index : TableRenderer.fullTextIndexes(after).entrySet()) {
            statements.add(alter.createFullTextIndex(index.getKey(), table, index.getValue()));
        }
        return statements;
    }

    private static TableSpec withoutIndexes(TableSpec spec) {
        List<TableSpec.Column> columns = spec.columns().stream()
                .map(c -> new TableSpec.Column(c.spec(), c.reference(), false)).toList();
        return new TableSpec(spec.table(), spec.description(), columns, spec.uniqueTogether(), List.of());
    }

    private List<String> alterInPlace(TableSpec before, TableSpec after, Map<String, String> renamed) {
        String table = after.table();
        Map<String, String> oldToNew = new HashMap<>();
        renamed.forEach((n, o) -> oldToNew.put(o, n));
        Map<String, TableSpec.Column> old = byColumn(before);
        Map<String, TableSpec.Column> now = byColumn(after);
        List<String> drops = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        // 1. indexes and composite uniques that go away
        Map<String, List<String>> oldIndexes = TableRenderer.indexes(before);
        Map<String, List<String>> newIndexes = TableRenderer.indexes(after);
        oldIndexes.forEach((name, cols) -> {
            if (!newIndexes.containsKey(name)) {
                drops.add(alter.dropIndex(name, before.table()));
            }
        });
        Map<String, List<String>> oldFullText = TableRenderer.fullTextIndexes(before);
        Map<String, List<String>> newFullText = TableRenderer.fullTextIndexes(after);
        oldFullText.forEach((name, cols) -> {
            if (!newFullText.containsKey(name)) {
                drops.add(alter.dropIndex(name, before.table()));
            }
        });
        Map<String, List<String>> oldUniques = TableRenderer.uniques(before);
        Map<String, List<String>> newUniques = TableRenderer.uniques(after);
        oldUniques.forEach((name, cols) -> {
            if (!newUniques.containsKey(name)) {
                drops.add(alter.dropUniqueTogether(before.table(), name));
            }
        });
        // 2. foreign keys and own uniques of columns that go or change
        java.util.Set<String> heldKeys = new java.util.HashSet<>(); // foreign keys dropped only to free an index
        if (alter.foreignKeysHoldIndexes()) {
            oldIndexes.forEach((name, cols) -> {
                if (!newIndexes.containsKey(name)) {
                    heldKeys.add(cols.get(0));
                }
            });
        }
        for (TableSpec.Column was : before.columns()) {
            String oldName = was.spec().column();
            TableSpec.Column becomes = now.get(oldToNew.getOrDefault(oldName, oldName));
            boolean changes = becomes == null || !sameReference(was, becomes, renamed)
                    || !typeOf(was).equals(typeOf(becomes));
            boolean held = heldKeys.contains(oldName) && becomes != null && becomes.reference() != null;
            if (!held) {
                heldKeys.remove(oldName);
            }
            if (was.reference() != null && (changes || held)) {
                drops.addAll(0, alter.dropForeignKey(was.reference())); // before the index it may hold
            }
            if (becomes != null && ownUnique(was) && !ownUnique(becomes)) {
                drops.add(alter.dropUnique(before.table(), oldName));
            }
        }
        statements.addAll(drops);
        // 3. renames, removals, additions, changes
        renamed.forEach((newName, oldName) -> statements.add(alter.renameColumn(table, oldName, newName)));
        for (TableSpec.Column was : before.columns()) {
            String oldName = was.spec().column();
            if (!now.containsKey(oldToNew.getOrDefault(oldName, oldName))) {
                statements.add(alter.dropColumn(table, oldName));
            }
        }
        List<String> additions = new ArrayList<>();
        for (TableSpec.Column column : after.columns()) {
            String name = column.spec().column();
            TableSpec.Column was = old.get(renamed.getOrDefault(name, name));
            if (was == null) {
                boolean inline = column.reference() != null && ddl.inlineReferences();
                statements.add(alter.addColumn(table, columns.line(column.spec(),
                        inline ? ddl.inlineReference(column.reference()) : null)));
                if (column.reference() != null && !inline) {
                    additions.add(alter.addForeignKey(column.reference()));
                }
                continue;
            }
            ColumnChange change = change(table, was, column);
            if (change != null) {
                statements.addAll(alter.alterColumn(change));
            }
            if (!ownUnique(was) && ownUnique(column)) {
                additions.add(alter.addUnique(table, name));
            }
            String oldName = renamed.getOrDefault(name, name);
            if (column.reference() != null && (was.reference() == null || !sameReference(was, column, renamed)
                    || !typeOf(was).equals(typeOf(column)) || heldKeys.contains(oldName))) {
                additions.add(alter.addForeignKey(column.reference()));
            }
        }
        statements.addAll(additions);
        // 4. composite uniques and indexes that come
        newUniques.forEach((name, cols) -> {
            if (!oldUniques.containsKey(name)) {
                statements.add(alter.addUniqueTogether(table, name, cols));
            }
        });
        newIndexes.forEach((name, cols) -> {
            if (!oldIndexes.containsKey(name)) {
                statements.add(alter.createIndex(name, table, cols, false));
            }
        });
        newFullText.forEach((name, cols) -> {
            if (!oldFullText.containsKey(name)) {
                statements.add(alter.createFullTextIndex(name, table, cols));
            }
        });
        if (!Objects.equals(before.description(), after.description())) {
            statements.addAll(alter.tableComment(table, after.description()));
        }
        return statements;
    }

    private ColumnChange change(String table, TableSpec.Column was, TableSpec.Column now) {
        ColumnSpec a = was.spec();
        ColumnSpec b = now.spec();
        String typeA = typeOf(was);
        String typeB = typeOf(now);
        String defaultA = defaultOf(a);
        String defaultB = defaultOf(b);
        if (typeA.equals(typeB) && a.nullable() == b.nullable() && Objects.equals(defaultA, defaultB)
                && Objects.equals(a.description(), b.description())) {
            return null;
        }
        ColumnSpec plain = b instanceof StateColumn s ? s.withoutUnique() : b;
        return new ColumnChange(table, b.column(), typeA, typeB, a.nullable(), b.nullable(), defaultA, defaultB,
                a.description(), b.description(), columns.line(plain, null));
    }

    private String typeOf(TableSpec.Column column) {
        ColumnSpec spec = column.spec();
        return spec.pk() && spec.generated() ? ddl.generatedPrimaryKey(spec.kind()) : columns.plainType(spec);
    }

    private String defaultOf(ColumnSpec spec) {
        if (spec.dbDefaultSql() != null) {
            return spec.dbDefaultSql();
        }
        return spec.dbDefault() == null ? null : ddl.defaultValue(spec.kind(), spec.dbDefault().strip());
    }

    private static boolean ownUnique(TableSpec.Column column) {
        return column.spec().unique() && !column.spec().pk();
    }

    private static boolean sameReference(TableSpec.Column was, TableSpec.Column now, Map<String, String> renamed) {
        ForeignKey a = was.reference();
        ForeignKey b = now.reference();
        return a != null && b != null && a.targetTable().equals(b.targetTable()) && a.targetColumn().equals(b.targetColumn())
                && a.onDelete() == b.onDelete() && a.column().equals(renamed.getOrDefault(b.column(), b.column()));
    }

    private boolean sameDefinition(TableSpec.Column was, TableSpec.Column now) {
        ColumnSpec a = was.spec();
        ColumnSpec b = now.spec();
        return typeOf(was).equals(typeOf(now)) && a.nullable() == b.nullable() && a.unique() == b.unique()
                && a.pk() == b.pk() && Objects.equals(defaultOf(a), defaultOf(b))
                && Objects.equals(a.description(), b.description())
                && Objects.equals(was.reference() == null ? null : was.reference().targetTable(),
                now.reference() == null ? null : now.reference().targetTable())
                && Objects.equals(was.reference() == null ? null : was.reference().onDelete(),
                now.reference() == null ? null : now.reference().onDelete());
    }

    private static Map<String, TableSpec.Column> byColumn(TableSpec table) {
        Map<String, TableSpec.Column> map = new LinkedHashMap<>();
        for (TableSpec.Column column : table.columns()) {
            map.put(column.spec().column(), column);
        }
        return map;
    }

    private static List<String> sql(List<Statement> statements) {
        return statements.stream().map(Statement::sql).toList();
    }
}
