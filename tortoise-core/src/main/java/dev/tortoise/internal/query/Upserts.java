package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code getOrCreate} and {@code updateOrCreate}, as upstream runs them: inside a transaction,
 * the lookup reads with a row lock; a missing row is created from the lookup's exact values plus
 * the defaults. When a concurrent creator wins (an {@link IntegrityException} on insert),
 * {@code getOrCreate} reads the row again. When the database breaks a deadlock between two such
 * calls by rolling one back (MySQL/MariaDB: both locking reads found no row and took gap locks,
 * then both INSERTs wait for each other), the call that was rolled back runs again from the start,
 * if it opened the transaction itself; inside a caller's transaction the failure comes out, since
 * the database has undone that whole transaction. Blocks.
 */
public final class Upserts {
    /** Attempts of one call that the database keeps rolling back to break deadlocks. */
    private static final int MAX_ATTEMPTS = 5;

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
        return retryingDeadlocks(ctx, () -> {
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
        return retryingDeadlocks(ctx, () -> {
            Optional<T> found = QueryRunner.getOrNone(spec.withLock(new QuerySpec.RowLock(false, false)));
            if (found.isPresent()) {
                T object = found.get();
                values.accept(object);
                ModelPersister.save(object, dev.tortoise.SaveOptions.defaults());
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

    /**
     * Runs the block in a transaction; when this call opened it and the database rolled it back to
     * break a deadlock or a serialization conflict (SQLState class 40), runs it again, a few times,
     * after a short random pause.
     */
    private static <R> R retryingDeadlocks(QueryContext ctx, Supplier<R> block) {
        boolean outermost = !ctx.client.isInTransaction();
        for (int attempt = 1; ; attempt++) {
            try {
                return atomically(ctx, block);
            } catch (OperationalException e) {
                if (!outermost || attempt == MAX_ATTEMPTS || !rolledBackByDatabase(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static boolean rolledBackByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationalException("Interrupted while waiting to retry after a deadlock", e);
        }
    }

    private static <R> R atomically(QueryContext ctx, Supplier<R> block) {
        return ctx.client.inTransaction(block::get);
    }
}
