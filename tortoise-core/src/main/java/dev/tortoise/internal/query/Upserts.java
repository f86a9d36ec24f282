package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.jdbc.TransactionalClient;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code getOrCreate} and {@code updateOrCreate}, as upstream runs them: inside a transaction,
 * the lookup reads with a row lock; a missing row is created from the lookup's exact values plus
 * the defaults. When a concurrent creator wins (an {@link IntegrityException} on insert),
 * {@code getOrCreate} reads the row again. Blocks.
 */
public final class Upserts {
    private Upserts() {
    }

    /** An instance and whether it was created. */
    public record Outcome<T extends Model>(T object, boolean created) {
    }

    /**
     * @throws ParamsException when the defaults set a field to another value than the lookup
     */
    public static <T extends Model> Outcome<T> getOrCreate(Class<T> model, Condition lookup, Consumer<? super T> defaults) {
        QueryContext ctx = QueryContext.write(model, null);
        QuerySpec spec = QuerySpec.of(model).withFilter(lookup).withUsingDb(ctx.client.connectionName());
        return atomically(ctx, () -> {
            Optional<T> found = QueryRunner.getOrNone(spec.withLock(new QuerySpec.RowLock(false, false)));
            if (found.isPresent()) {
                return new Outcome<>(found.get(), false);
            }
            T created = prepare(ctx, lookup, defaults);
            try {
                atomically(ctx, () -> {
                    ModelPersister.insert(ctx, created);
                    return null;
                });
                return new Outcome<>(created, true);
            } catch (IntegrityException e) {
                // Someone else created it between our read and our insert.
                return new Outcome<>(QueryRunner.<T>get(spec), false);
            }
        });
    }

    public static <T extends Model> Outcome<T> updateOrCreate(Class<T> model, Condition lookup, Consumer<? super T> values) {
        QueryContext ctx = QueryContext.write(model, null);
        QuerySpec spec = QuerySpec.of(model).withFilter(lookup).withUsingDb(ctx.client.connectionName());
        return atomically(ctx, () -> {
            Optional<T> found = QueryRunner.getOrNone(spec.withLock(new QuerySpec.RowLock(false, false)));
            if (found.isPresent()) {
                T object = found.get();
                values.accept(object);
                ModelPersister.save(object);
                return new Outcome<>(object, false);
            }
            T created = prepare(ctx, lookup, values);
            ModelPersister.insert(ctx, created);
            return new Outcome<>(created, true);
        });
    }

    /** A new instance with the lookup's exact values, then the caller's values, which may not contradict them. */
    @SuppressWarnings("unchecked")
    private static <T extends Model> T prepare(QueryContext ctx, Condition lookup, Consumer<? super T> values) {
        T object = (T) ctx.meta.newInstance();
        Map<FieldMeta, Object> exact = new LinkedHashMap<>();
        collectExact(ctx.meta, lookup, exact);
        exact.forEach((field, value) -> field.set(object, value));
        if (values != null) {
            values.accept(object);
        }
        exact.forEach((field, value) -> {
            Object now = field.get(object);
            if (!Objects.equals(now, value)) {
                String name = field.isKeyField() ? field.keyOf().name() : field.name();
                throw new ParamsException("Conflict value with key=" + name + ": the lookup gives " + value
                        + ", the defaults set " + now + " (" + ctx.meta.name() + ")");
            }
        });
        return object;
    }

    private static void collectExact(ModelMeta meta, Condition condition, Map<FieldMeta, Object> exact) {
        if (condition instanceof Condition.Junction j && j.and()) {
            j.parts().forEach(part -> collectExact(meta, part, exact));
            return;
        }
        if (!(condition instanceof Condition.Leaf leaf) || leaf.value() instanceof Expr) {
            return;
        }
        String name = leaf.lookup().endsWith("__exact")
                ? leaf.lookup().substring(0, leaf.lookup().length() - "__exact".length()) : leaf.lookup();
        switch (meta.member(name)) {
            case FieldMeta field -> exact.put(field, leaf.value());
            case ForeignKeyMeta fk -> exact.put(fk.keyField(), leaf.value() instanceof Model m
                    ? ChangeStatements.keyOf(fk, m) : leaf.value());
            case null, default -> {
            }
        }
    }

    private static <R> R atomically(QueryContext ctx, Supplier<R> block) {
        if (ctx.client instanceof TransactionalClient transactional) {
            return transactional.inTransaction(block::get);
        }
        return block.get();
    }
}
