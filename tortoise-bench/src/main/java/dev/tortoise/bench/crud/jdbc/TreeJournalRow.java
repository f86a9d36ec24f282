package dev.tortoise.bench.crud.jdbc;

/** A row of shape 2: shape 1 and the key of its parent (always NULL in the suite). */
public class TreeJournalRow extends JournalRow {
    public Integer parentId;
}
