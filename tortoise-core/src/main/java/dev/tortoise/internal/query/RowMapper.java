package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.ValueCodec;
import java.util.List;
import java.util.Map;

/**
 * Turns rows into model instances with the accessors prepared at init: one new instance per row
 * (and per {@code selectRelated} relation), each column converted by the codec and set through
 * its {@link FieldMeta}. Built once per query; no reflection per row.
 */
final class RowMapper {

    /** A selected column: its label in the row and the field it fills. */
    record Column(String label, FieldMeta field) {
    }

    /**
     * A relation filled from the same row.
     *
     * @param parent   index of the instance holding the relation (0 = the main row's instance)
     * @param forward  the foreign key or one-to-one set on the parent, or null
     * @param backward the reverse one-to-one set on the parent, or null
     */
    record Related(int parent, ForeignKeyMeta forward, BackwardRelationMeta backward, ModelMeta model,
                   List<Column> columns) {
    }

    private final ModelMeta model;
    private final List<Column> columns;
    private final List<Related> related;
    private final boolean partial;
    private final ValueCodec codec;
    private final Column owner;
    private final ValueReader annotations;

    RowMapper(ModelMeta model, List<Column> columns, List<Related> related, boolean partial, ValueCodec codec,
              Column owner) {
        this(model, columns, related, partial, codec, owner, null);
    }

    /** A mapper that also keeps the annotations {@code annotations} reads on each instance ({@code Model.annotation}). */
    RowMapper(ModelMeta model, List<Column> columns, List<Related> related, boolean partial, ValueCodec codec,
              Column owner, ValueReader annotations) {
        this.model = model;
        this.columns = List.copyOf(columns);
        this.related = List.copyOf(related);
        this.partial = partial;
        this.codec = codec;
        this.owner = owner;
        this.annotations = annotations;
    }

    /** The instance of a row, with its {@code selectRelated} relations filled. */
    Model map(Map<String, Object> row) {
        Model instance = instance(model, columns, row);
        InstanceState state = InstanceState.of(instance);
        state.partial(partial);
        if (annotations != null) {
            for (ValueReader.Column c : annotations.columns()) {
                state.annotation(c.key(), annotations.convert(c.type(), row.get(c.key())));
            }
        }
        if (related.isEmpty()) {
            return instance;
        }
        Model[] made = new Model[related.size() + 1];
        made[0] = instance;
        for (int i = 0; i < related.size(); i++) {
            Related r = related.get(i);
            Model parent = made[r.parent()];
            if (parent == null) {
                continue;
            }
            // The first column is the related model's primary key: NULL means no related row.
            Object key = row.get(r.columns().get(0).label());
            Model child = key == null ? null : instance(r.model(), r.columns(), row);
            made[i + 1] = child;
            if (r.forward() != null) {
                if (child != null || r.forward().keyField().get(parent) == null) {
                    r.forward().set(parent, child);
                }
            } else if (r.backward().accessor() != null) {
                r.backward().accessor().set(parent, child);
            }
        }
        return instance;
    }

    /** The owner key selected beside a prefetched many-to-many row, converted; null when none is selected. */
    Object owner(Map<String, Object> row) {
        return owner == null ? null : codec.fromDb(owner.field(), row.get(owner.label()));
    }

    private Model instance(ModelMeta meta, List<Column> cols, Map<String, Object> row) {
        Model instance = meta.newInstance();
        for (Column c : cols) {
            c.field().set(instance, codec.fromDb(c.field(), row.get(c.label())));
        }
        InstanceState.of(instance).persisted(true);
        return instance;
    }
}
