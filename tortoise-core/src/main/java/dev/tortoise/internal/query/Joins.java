package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.SqlDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables one query reads: the model's table (aliased by its own name) and the relations that
 * lookups, ordering, values and {@code selectRelated} traverse, each joined once however often it
 * is used. Joins are LEFT OUTER so that a missing related row never hides the main row.
 */
final class Joins {

    /** One table in the query. */
    static final class Node {
        final String alias;
        final ModelMeta model;
        final String joinSql;
        final boolean multiValued;
        private final Map<String, Node> children = new HashMap<>();

        /** The node joined under {@code name} (a relation's name), or null when it is not joined. */
        Node child(String name) {
            return children.get(name);
        }

        Node(String alias, ModelMeta model, String joinSql, boolean multiValued) {
            this.alias = alias;
            this.model = model;
            this.joinSql = joinSql;
            this.multiValued = multiValued;
        }
    }

    private final SqlDialect dialect;
    private final Node root;
    private final Set<String> aliases = new HashSet<>();
    private final List<Node> joined = new ArrayList<>();

    Joins(ModelMeta model, SqlDialect dialect) {
        this(model, dialect, model.table());
    }

    /** The tables of a query whose own table is named {@code rootAlias} (a subquery's, apart from the enclosing query's). */
    Joins(ModelMeta model, SqlDialect dialect, String rootAlias) {
        this.dialect = dialect;
        this.root = new Node(rootAlias, model, null, false);
        aliases.add(root.alias);
    }

    Node root() {
        return root;
    }

    /** Whether any table besides the model's own is read. */
    boolean isEmpty() {
        return joined.isEmpty();
    }

    /** {@code alias.column}, quoted. */
    String column(Node node, String column) {
        return dialect.quote(node.alias) + "." + dialect.quote(column);
    }

    /** A model's table, quoted, with its schema when it has one. */
    String table(ModelMeta model) {
        return table(model.schema(), model.table());
    }

    String table(String schema, String table) {
        return schema == null ? dialect.quote(table) : dialect.quote(schema) + "." + dialect.quote(table);
    }

    Node foreignKey(Node parent, ForeignKeyMeta fk) {
        return parent.children.computeIfAbsent(fk.name(), name -> add(parent, name, fk.target(),
                (alias) -> column(parent, fk.keyField().column()) + "=" + dialect.quote(alias) + "."
                        + dialect.quote(fk.targetField().column()), false));
    }

    Node backward(Node parent, BackwardRelationMeta relation) {
        ForeignKeyMeta fk = relation.relation();
        return parent.children.computeIfAbsent(relation.name(), name -> add(parent, name, fk.model(),
                (alias) -> dialect.quote(alias) + "." + dialect.quote(fk.keyField().column()) + "="
                        + column(parent, fk.targetField().column()), !fk.oneToOne()));
    }

    /** The join table of a many-to-many, joined to its owner's row. */
    Node through(Node parent, ManyToManyMeta relation) {
        return parent.children.computeIfAbsent(relation.name() + "$through", name -> {
            String alias = uniqueAlias(parent.alias + "__" + relation.name() + "__through");
            Node node = new Node(alias, null, "LEFT OUTER JOIN " + table(relation.model().schema(), relation.through())
                    + " " + dialect.quote(alias) + " ON " + dialect.quote(alias) + "." + dialect.quote(relation.backwardKey())
                    + "=" + column(parent, parent.model.pk().column()), true);
            joined.add(node);
            return node;
        });
    }

    Node manyToMany(Node parent, ManyToManyMeta relation) {
        Node through = through(parent, relation);
        return parent.children.computeIfAbsent(relation.name(), name -> add(parent, name, relation.target(),
                (alias) -> dialect.quote(alias) + "." + dialect.quote(relation.target().pk().column()) + "="
                        + column(through, relation.forwardKey()), true));
    }

    /** FROM and every join, in the order they were first needed (a parent always before its children). */
    void render(SqlText out) {
        out.append(" FROM ").append(table(root.model));
        if (!root.alias.equals(root.model.table()) || root.model.schema() != null) {
            out.append(" ").append(dialect.quote(root.alias));
        }
        for (Node node : joined) {
            out.append(" ").append(node.joinSql);
        }
    }

    /** Adds a join rendered by the caller (an INNER JOIN to a join table, for prefetching). */
    Node custom(String aliasBase, java.util.function.Function<String, String> joinSql) {
        String alias = uniqueAlias(aliasBase);
        Node node = new Node(alias, null, joinSql.apply(alias), false);
        joined.add(node);
        return node;
    }

    private Node add(Node parent, String name, ModelMeta model, java.util.function.Function<String, String> on,
                     boolean multiValued) {
        String alias = uniqueAlias(parent.alias + "__" + name);
        Node node = new Node(alias, model, "LEFT OUTER JOIN " + table(model) + " " + dialect.quote(alias)
                + " ON " + on.apply(alias), multiValued || parent.multiValued);
        joined.add(node);
        return node;
    }

    private String uniqueAlias(String base) {
        String alias = base;
        for (int n = 2; !aliases.add(alias); n++) {
            alias = base + n;
        }
        return alias;
    }
}
