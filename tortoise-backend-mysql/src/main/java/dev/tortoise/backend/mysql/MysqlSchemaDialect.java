package dev.tortoise.backend.mysql;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SqlDialect;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's DDL (TORTOISE-SPEC §5.5–§5.7): back-quoted identifiers,
 * {@code AUTO_INCREMENT} keys, {@code LONGTEXT}/{@code LONGBLOB}/{@code DATETIME(6)}/{@code TIME(6)}/
 * {@code DOUBLE} types, inline {@code COMMENT '…'} (before {@code DEFAULT}) and table
 * {@code COMMENT='…'}, {@code CHARACTER SET <charset>} on every table, named foreign key
 * constraint lines ({@code fk_…}) after the {@code UNIQUE KEY} lines, and {@code KEY} lines for
 * indexes ({@code FULLTEXT KEY} for full-text ones), all inside CREATE TABLE. Safe mode adds {@code IF NOT EXISTS} to tables only.
 *
 * <p>Texts double their single quotes (valid whatever {@code sql_mode} says about backslashes and
 * readable by any SQL splitter) and escape backslashes and control characters as MySQL reads them.
 * MySQL commits at each DDL statement, so a script is not one transaction. A foreign key deferred
 * by a cycle is added with {@code ALTER TABLE}, guarded in safe mode by a look-up in
 * {@code information_schema.TABLE_CONSTRAINTS}.
 */
final class MysqlSchemaDialect extends SchemaDialect {

    private static final String CONSTRAINT_EXISTS = "SELECT 1 FROM information_schema.TABLE_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?"
            + " AND CONSTRAINT_TYPE = 'FOREIGN KEY'";

    private static final Pattern CHARSET_NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final String charset;

    /**
     * @param sql     the platform's query dialect (its quoting and literals)
     * @param types   the platform's column types
     * @param charset the connection's character set for {@code CHARACTER SET}, or null for the server's default
     * @throws ConfigurationException when the name is not a character set name (letters, digits, {@code _})
     */
    MysqlSchemaDialect(SqlDialect sql, ColumnTypes types, String charset) {
        super(sql, types);
        this.charset = charset == null || charset.isBlank() ? null : charset.strip();
        if (this.charset != null && !CHARSET_NAME.matcher(this.charset).matches()) {
            throw new ConfigurationException("Credential 'charset' is \"" + charset + "\", which is not a character"
                    + " set name: use letters, digits and '_' only, such as utf8mb4");
        }
    }

    @Override
    public String columnComment(String text) {
        return " COMMENT " + stringLiteral(text);
    }

    @Override
    public boolean commentBeforeDefault() {
        return true;
    }

    @Override
    protected String tableSuffix(String comment) {
        return (charset == null ? "" : " CHARACTER SET " + charset)
                + (comment == null ? "" : " COMMENT=" + stringLiteral(comment));
    }

    @Override
    public boolean inlineReferences() {
        return false;
    }

    @Override
    public Statement addForeignKey(ForeignKey fk, boolean safe) {
        Statement alter = super.addForeignKey(fk, safe);
        return safe ? new Statement(alter.sql(), CONSTRAINT_EXISTS, List.of(fk.table(), fk.name())) : alter;
    }

    @Override
    public String uniqueConstraintLine(String name, List<String> columns) {
        return indexLine(name, columns, true);
    }

    @Override
    public boolean indexesInsideTable() {
        return true;
    }

    @Override
    public String indexLine(String name, List<String> columns, boolean unique) {
        return (unique ? "UNIQUE KEY " : "KEY ") + quote(name) + " (" + columnList(columns) + ")";
    }

    @Override
    public boolean fullTextIndexes() {
        return true;
    }

    /** {@code FULLTEXT KEY `fts_…` (`a`)}. */
    @Override
    public String fullTextIndexLine(String name, List<String> columns) {
        return "FULLTEXT KEY " + quote(name) + " (" + columnList(columns) + ")";
    }

    /** {@code CREATE FULLTEXT INDEX `fts_…` ON `t` (`a`)}, for migrations; MySQL has no IF NOT EXISTS here. */
    @Override
    public String createFullTextIndex(String name, String table, List<String> columns, boolean safe) {
        return "CREATE FULLTEXT INDEX " + quote(name) + " ON " + quote(table) + " (" + columnList(columns) + ")";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }
}
