package dev.tortoise.internal.query;

import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.runtime.ConnectionRuntime;
import dev.tortoise.internal.types.TextValues;
import dev.tortoise.spi.SqlDialect;

/**
 * The {@code search} lookup ({@code title__search}): full-text search of one text field, written
 * by the platform's {@link SqlDialect#fullTextMatch} with the terms bound. What is refused, and
 * why, before any SQL runs: a field that is not text, a database without full-text search (SQLite,
 * H2), and on MySQL/MariaDB a field without a full-text index of its own, which the server would
 * refuse with an error that names no field ("Can't find FULLTEXT index matching the column list").
 */
final class SearchLookup {
    private final SqlDialect dialect;
    private final ConnectionRuntime connection;

    SearchLookup(SqlDialect dialect, ConnectionRuntime connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * Appends the match of {@code column} (the resolved, qualified column of {@code t}) against the terms.
     *
     * @throws ParamsException     for a field that is not text, or terms that are not text
     * @throws FieldException      where the database has no full-text search, or (MySQL/MariaDB) the
     *                             field has no full-text index
     * @throws ValidationException for terms that are not valid Unicode
     */
    void compile(SqlText out, Target t, String column, Object value) {
        FieldMeta field = t.field();
        if (t.computed() != null || field == null || t.instanceField() != null || !field.kind().isText()) {
            throw new ParamsException("The lookup '" + t.path() + "' is full-text search, which applies to text fields"
                    + " (CharField, TextField)" + (field == null || t.computed() != null ? ", not to an annotation"
                    : ", not to " + field.model().name() + "." + field.name() + " (" + field.kind().name() + ")"));
        }
        String where = field.model().name() + "." + field.name();
        if (!dialect.fullTextSearch()) {
            throw new FieldException("The lookup '" + t.path() + "' on " + where + " is full-text search, which needs"
                    + " PostgreSQL or MySQL/MariaDB, but connection '" + connection.alias() + "' is "
                    + connection.platform().name() + ", which has none; use icontains there, or put the model's app"
                    + " on a PostgreSQL or MySQL/MariaDB connection");
        }
        if (dialect.searchNeedsFullTextIndex() && !field.model().hasFullTextIndexOn(field.name())) {
            throw new FieldException("The lookup '" + t.path() + "' on " + where + " needs a full-text index over"
                    + " exactly that field on connection '" + connection.alias() + "' (" + connection.platform().name() + "): add @Index(value = {\""
                    + field.name() + "\"}, fullText = true) to " + field.model().name() + " and create it");
        }
        if (!(value instanceof CharSequence)) {
            throw new ParamsException("The lookup '" + t.path() + "' takes the search terms as text, got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        String terms = value.toString();
        int lone = TextValues.loneSurrogate(terms);
        if (lone >= 0) {
            throw new ValidationException("The lookup '" + t.path() + "' got text that is not valid Unicode: half of a"
                    + " UTF-16 surrogate pair at index " + lone + ", which no stored text can hold");
        }
        dialect.fullTextMatch(out, column, terms);
    }
}
