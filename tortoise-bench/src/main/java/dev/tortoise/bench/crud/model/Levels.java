package dev.tortoise.bench.crud.model;

import java.util.List;

/** The values of {@code level}, upstream's {@code LEVEL_CHOICE}. */
public final class Levels {

    /** 10, 20, 30, 40, 50. */
    public static final List<Short> ALL = List.of((short) 10, (short) 20, (short) 30, (short) 40, (short) 50);

    private Levels() {
    }
}
