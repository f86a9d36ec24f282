package dev.tortoise.bench.crud.jdbc;

import java.time.OffsetDateTime;

/** A row of shape 1 as plain JDBC code holds it: public fields, nothing else. */
public class JournalRow {
    public Integer id;
    public OffsetDateTime timestamp;
    public short level;
    public String text;
}
