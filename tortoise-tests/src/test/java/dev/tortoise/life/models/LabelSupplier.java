package dev.tortoise.life.models;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A Java-side default: a new label for every row that has none. */
public final class LabelSupplier implements Supplier<String> {
    public static final AtomicInteger NEXT = new AtomicInteger();

    @Override
    public String get() {
        return "label-" + NEXT.incrementAndGet();
    }
}
