package dev.tortoise.internal.schema;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the DDL of the models of one connection (TORTOISE-SPEC §5, API.md decisions 6 and 7).
 *
 * <p>Order (§5.2): the dialect's preamble (none at all without models); then, repeatedly, the first model in registry order whose
 * referenced tables (foreign key and one-to-one targets, {@code dbConstraint = false} ones included)
 * all exist already, each with its indexes and comments; then the foreign keys that a cycle forced
 * out of CREATE TABLE; then every through table of a declared many-to-many whose table no model of
 * the connection owns.
 *
 * <p>Cycles (decision 6): when no remaining table can be created, the first remaining one is
 * created anyway. Dialects that can add foreign keys later get the table without its forward
 * foreign keys and an {@code ALTER TABLE … ADD CONSTRAINT} for each after all tables, in the order
 * they were deferred; SQLite gets the forward references inline. A reference to a table that no
 * model of the connection creates can never be satisfied and is an error naming both tables.
 *
 * <p>Pure: nothing here touches a database; {@link SchemaExecutor} runs the result.
 */
public final class SchemaGenerator {

    private SchemaGenerator() {
    }

    /**
     * The whole script: statements ending with {@code ;}, joined by {@code "\n"}.
     *
     * @param models the models of one connection, in registry order
     * @param safe   add {@code IF NOT EXISTS} where the dialect allows it and keep added foreign
     *               keys idempotent, so that running the script twice changes nothing
     * @throws ConfigurationException for an invalid {@code unique_together}, {@code indexes} or
     *                                {@code dbDefault}, a reference to a table of no model here, or a
     *                                full-text index where the database has none
     */
    public static String sql(List<ModelMeta> models, SchemaDialect dialect, boolean safe) {
        return script(models, dialect, safe).sql();
    }

    /**
     * The script as statements, for {@link SchemaExecutor#run}.
     *
     * @throws ConfigurationException as {@link #sql}
     */
    public static SchemaScript script(List<ModelMeta> models, SchemaDialect dialect, boolean safe) {
        if (models.isEmpty()) {
            return new SchemaScript(List.of(), dialect.transactionalDdl());
        }
        Set<String> tables = new HashSet<>();
        for (ModelMeta m : models) {
            tables.add(m.table());
        }
        List<ModelMeta> pending = new ArrayList<>(models);
        for (ModelMeta m : pending) {
            requireKnownTargets(m, tables);
            requireFullTextSupport(m, dialect);
        }

        TableRenderer tableRenderer = new TableRenderer(dialect, safe);
        ThroughTableRenderer throughRenderer = new ThroughTableRenderer(dialect, safe);
        List<Statement> statements = new ArrayList<>();
        for (String sql : dialect.preamble(safe)) {
            statements.add(Statement.of(sql));
        }
        List<Statement> throughTables = new ArrayList<>();
        List<ForeignKeyMeta> deferredAll = new ArrayList<>();
        Set<String> created = new HashSet<>();
        Map<ModelMeta, List<String>> targets = targetTables(models);
        while (!pending.isEmpty()) {
            ModelMeta next = firstCreatable(pending, created, targets);
            Set<ForeignKeyMeta> deferred = new LinkedHashSet<>();
            if (next == null) {
                next = pending.get(0);
                if (dialect.canAddForeignKeys()) {
                    deferred.addAll(forwardKeys(next, created));
                }
            }
            pending.remove(next);
            created.add(next.table());
            deferredAll.addAll(deferred);
            statements.addAll(tableRenderer.render(ModelTables.of(next, deferred)));
            for (ManyToManyMeta m2m : next.manyToMany()) {
                if (!m2m.generated() && !tables.contains(m2m.through())) {
                    throughTables.addAll(throughRenderer.render(ModelTables.through(m2m)));
                }
            }
        }
        for (ForeignKeyMeta fk : deferredAll) {
            statements.add(dialect.addForeignKey(ModelTables.foreignKey(fk), safe));
        }
        statements.addAll(throughTables);
        return new SchemaScript(statements, dialect.transactionalDdl());
    }

    /**
     * Refuses a full-text index where the database has none, rather than leaving it out: a schema
     * without it would differ from what the model (and its migrations) declare.
     */
    private static void requireFullTextSupport(ModelMeta model, SchemaDialect dialect) {
        if (!model.fullTextIndexes().isEmpty() && !dialect.fullTextIndexes()) {
            List<String> first = model.fullTextIndexes().get(0);
            throw new ConfigurationException("Model " + model.name() + " (connection '" + model.connection()
                    + "') declares @Index(value = {\"" + String.join("\", \"", first) + "\"}, fullText = true), but"
                    + " full-text indexes need PostgreSQL or MySQL/MariaDB and this connection's database has none ("
                    + dialect + "): remove fullText = true, or put the model's app on a PostgreSQL or MySQL/MariaDB"
                    + " connection");
        }
    }

    private static ModelMeta firstCreatable(List<ModelMeta> pending, Set<String> created,
                                            Map<ModelMeta, List<String>> targets) {
        for (ModelMeta model : pending) {
            if (created.containsAll(targets.get(model))) {
                return model;
            }
        }
        return null;
    }

    /** The tables each model references, its own excepted: what must exist before its CREATE TABLE. */
    private static Map<ModelMeta, List<String>> targetTables(List<ModelMeta> models) {
        Map<ModelMeta, List<String>> targets = new IdentityHashMap<>();
        for (ModelMeta model : models) {
            List<String> tables = new ArrayList<>();
            for (ForeignKeyMeta fk : relations(model)) {
                String target = fk.target().table();
                if (!target.equals(model.table())) {
                    tables.add(target);
                }
            }
            targets.put(model, tables);
        }
        return targets;
    }

    /** Foreign keys of a model whose constraint points at a table not created yet (itself excepted). */
    private static List<ForeignKeyMeta> forwardKeys(ModelMeta model, Set<String> created) {
        List<ForeignKeyMeta> forward = new ArrayList<>();
        for (ForeignKeyMeta fk : relations(model)) {
            String target = fk.target().table();
            if (fk.dbConstraint() && !created.contains(target) && !target.equals(model.table())) {
                forward.add(fk);
            }
        }
        return forward;
    }

    /** Foreign keys and one-to-ones, in column order (the order their key columns appear). */
    private static List<ForeignKeyMeta> relations(ModelMeta model) {
        List<ForeignKeyMeta> relations = new ArrayList<>();
        for (FieldMeta f : model.fields()) {
            if (f.keyOf() != null) {
                relations.add(f.keyOf());
            }
        }
        return relations;
    }

    private static void requireKnownTargets(ModelMeta model, Set<String> tables) {
        for (ForeignKeyMeta fk : relations(model)) {
            String target = fk.target().table();
            if (!tables.contains(target)) {
                throw new ConfigurationException("Can't create schema due to cyclic fk references: table \""
                        + model.table() + "\" (" + model.fullName() + "." + fk.name() + ") references table \""
                        + target + "\" (" + fk.target().fullName() + "), which no model of connection '"
                        + model.connection() + "' creates");
            }
        }
    }
}
