package dev.tortoise.life.models;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the lifecycle methods and listeners of the test models ran, in order; cleared before each test. */
public final class Journal {
    public static final List<String> LOG = new CopyOnWriteArrayList<>();

    private Journal() {
    }
}
