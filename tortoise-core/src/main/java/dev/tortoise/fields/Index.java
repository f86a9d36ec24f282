package dev.tortoise.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A composite index over the given fields; repeatable. Field names, not column names.
 *
 * <p>With {@code fullText = true} it is a full-text index, which the {@code search} lookup
 * ({@code filter("title__search", "tortoise hare")}) uses: {@code FULLTEXT KEY} on MySQL and
 * MariaDB, where a search on a field needs a full-text index over exactly that one field, and a
 * GIN index over {@code to_tsvector('simple', column)} (one expression per field) on PostgreSQL,
 * where it is optional but makes searches fast. SQLite and H2 have no full-text index: schema
 * generation refuses one there with a {@link dev.tortoise.exceptions.ConfigurationException}.
 * Full-text indexes are named {@code fts_<table>_<field>_<hash>}, so a field may also have an
 * ordinary index.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {
    /** The field names, in index order. */
    String[] value();

    /**
     * Whether this is a full-text index for the {@code search} lookup (PostgreSQL, MySQL and
     * MariaDB only). Only text fields ({@code CharField}, {@code TextField}) may be in one.
     */
    boolean fullText() default false;
}
