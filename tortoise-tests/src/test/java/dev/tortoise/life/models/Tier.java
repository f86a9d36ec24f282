package dev.tortoise.life.models;

import dev.tortoise.fields.IntEnum;

/** Stored by value. */
public enum Tier implements IntEnum {
    FIRST(1), SECOND(2);

    private final int value;

    Tier(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
