package dev.tortoise.internal.query;

import dev.tortoise.exceptions.FieldException;
import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code selectRelated} part of a model query: joins each foreign key or one-to-one on the
 * paths once ({@code tournament__organizer} joins the tournament, then its organizer), selects
 * their columns under positional labels ({@code _r0_3}, safe from name clashes and length limits),
 * and tells the row mapper which instance each relation belongs to.
 */
final class SelectRelated {
    private final QueryContext ctx;
    private final Joins joins;
    private final List<String> groupColumns;

    SelectRelated(QueryContext ctx, Joins joins, List<String> groupColumns) {
        this.ctx = ctx;
        this.joins = joins;
        this.groupColumns = groupColumns;
    }

    List<RowMapper.Related> add(List<String> paths, SqlText select) {
        List<RowMapper.Related> related = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Joins.Node> nodes = new LinkedHashMap<>();
        for (String path : paths) {
            String[] tokens = path.split("__");
            String prefix = "";
            int parent = 0;
            Joins.Node node = joins.root();
            ModelMeta model = ctx.meta;
            for (String token : tokens) {
                String current = prefix.isEmpty() ? token : prefix + "__" + token;
                Object member = model.member(token);
                Integer known = index.get(current);
                if (known != null) {
                    parent = known;
                    node = nodes.get(current);
                    model = node.model;
                } else {
                    ForeignKeyMeta fk = member instanceof ForeignKeyMeta f ? f : null;
                    BackwardRelationMeta back = member instanceof BackwardRelationMeta b && b.oneToOne() ? b : null;
                    if (fk == null && back == null) {
                        throw new FieldException("Unknown relation " + current + " in selectRelated for model "
                                + ctx.meta.name() + ": " + model.name() + " has no foreign key or one-to-one named '"
                                + token + "'");
                    }
                    node = fk != null ? joins.foreignKey(node, fk) : joins.backward(node, back);
                    model = node.model;
                    related.add(new RowMapper.Related(parent, fk, back, model, columns(select, node, related.size())));
                    parent = related.size();
                    index.put(current, parent);
                    nodes.put(current, node);
                }
                prefix = current;
            }
        }
        return related;
    }

    private List<RowMapper.Column> columns(SqlText select, Joins.Node node, int number) {
        List<RowMapper.Column> columns = new ArrayList<>();
        List<FieldMeta> fields = new ArrayList<>(node.model.fields());
        fields.remove(node.model.pk());
        fields.addFirst(node.model.pk());
        for (int i = 0; i < fields.size(); i++) {
            String label = "_r" + number + "_" + i;
            String column = joins.column(node, fields.get(i).column());
            select.append(",").append(column).append(" ").append(ctx.sql.quote(label));
            groupColumns.add(column);
            columns.add(new RowMapper.Column(label, fields.get(i)));
        }
        return columns;
    }
}
