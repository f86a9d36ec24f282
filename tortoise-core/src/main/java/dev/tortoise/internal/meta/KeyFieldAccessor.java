package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import java.util.Objects;

/**
 * The accessor of a relation's key field ({@code tournament_id}). The key has no Java field of its
 * own: it is the referenced field's value inside the related instance that the relation field
 * holds. Setting a key installs a key-only reference unless the held instance already has it.
 */
final class KeyFieldAccessor implements FieldAccessor {
    private final ForeignKeyMeta relation;

    KeyFieldAccessor(ForeignKeyMeta relation) {
        this.relation = relation;
    }

    @Override
    public Object get(Model instance) {
        Model related = relation.get(instance);
        return related == null ? null : relation.targetField().get(related);
    }

    @Override
    public void set(Model instance, Object key) {
        if (key == null) {
            relation.set(instance, null);
            return;
        }
        Model current = relation.get(instance);
        if (current != null && Objects.equals(relation.targetField().get(current), key)) {
            return;
        }
        relation.set(instance, relation.target().newReference(relation.targetField(), key));
    }
}
