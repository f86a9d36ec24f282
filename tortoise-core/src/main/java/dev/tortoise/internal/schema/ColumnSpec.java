package dev.tortoise.internal.schema;

import dev.tortoise.spi.FieldInfo;

/**
 * What a column line needs beyond its type: the same for a model's field ({@code FieldMeta}) and
 * for a column of a migration's historical state.
 */
public interface ColumnSpec extends FieldInfo {

    /** Whether this is the primary key. */
    boolean pk();

    /** Whether the database generates the value (an identity or auto-increment key). */
    boolean generated();

    /** Whether the column carries its own UNIQUE constraint. */
    boolean unique();

    /** The DDL default literal, or null. */
    String dbDefault();

    /** The DDL default expression, written unchanged, or null. */
    String dbDefaultSql();

    /** The column comment, or null. */
    String description();

    /** Whether the column is a foreign key's key column. */
    boolean isKeyField();
}
