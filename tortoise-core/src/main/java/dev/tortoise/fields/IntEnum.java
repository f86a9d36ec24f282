package dev.tortoise.fields;

/** An enum stored by {@link IntEnumField} as its {@link #value()}, which must fit in a SMALLINT. */
public interface IntEnum {
    /** The number stored in the database for this constant. */
    int value();
}
