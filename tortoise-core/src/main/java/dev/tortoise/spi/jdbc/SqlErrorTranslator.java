package dev.tortoise.spi.jdbc;

import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.DeadlockException;
import dev.tortoise.exceptions.SerializationException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.TortoiseException;

import java.sql.BatchUpdateException;
import dev.tortoise.spi.ErrorClassifier;
import dev.tortoise.spi.ErrorKind;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a driver's {@link SQLException} into the Tortoise exception that means the same, keeping
 * the driver's exception as the cause and adding the connection alias and the statement.
 *
 * <p>Vendor codes are asked first, then the SQLState: {@code 23} is a constraint violation,
 * {@code 40P01} a deadlock and {@code 40001} a serialization failure (both retryable),
 * {@code 08P01} a protocol error, the rest of {@code 08} and {@code 28} connection and login
 * failures, {@code 42P07}/{@code 42S01} an existing table. A connection failure on a connection
 * that was working says the connection was lost, not that it could not be made. Every message is
 * scrubbed of the connection's password.
 */
public final class SqlErrorTranslator {

    private static final Pattern EXISTING_TABLE = Pattern.compile(
            "(?i)(?:relation|table)\\s+[\"'`]?([^\"'`\\s]+?)[\"'`]?\\s+already exists");
    private static final int MAX_SQL_IN_MESSAGE = 300;

    private final String alias;
    private final String target;
    private final ErrorClassifier vendorCodes;
    private final List<String> secrets;

    /**
     * @param alias       the connection alias, named in every message
     * @param target      what the alias points at, for connection failures, such as
     *                    {@code PostgreSQL at 127.0.0.1:5432, database "test", user "postgres"};
     *                    never containing a password
     * @param vendorCodes the backend's vendor codes
     * @param secrets     strings that must never appear in a message (the password)
     */
    public SqlErrorTranslator(String alias, String target, ErrorClassifier vendorCodes, List<String> secrets) {
        this.alias = Objects.requireNonNull(alias, "alias");
        this.target = Objects.requireNonNull(target, "target");
        this.vendorCodes = Objects.requireNonNull(vendorCodes, "vendorCodes");
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 2).toList();
    }

    /** The connection alias this translator reports for. */
    public String alias() {
        return alias;
    }

    /** What the failure means: vendor codes first, then the SQLState. */
    public ErrorKind classify(SQLException e) {
        SQLException root = innermost(e);
        ErrorKind kind = vendorCodes.classify(root);
        if (kind == null && root != e) {
            kind = vendorCodes.classify(e);
        }
        if (kind != null) {
            return kind;
        }
        String state = root.getSQLState() != null ? root.getSQLState() : e.getSQLState();
        if (state == null || state.length() < 2) {
            return ErrorKind.OTHER;
        }
        switch (state) {
            case "42P07", "42S01" -> {
                return ErrorKind.TABLE_EXISTS;
            }
            case "40P01" -> {
                return ErrorKind.DEADLOCK;
            }
            case "40001" -> {
                return ErrorKind.SERIALIZATION;
            }
            case "08P01" -> {
                return ErrorKind.PROTOCOL;
            }
            default -> { }
        }
        return switch (state.substring(0, 2)) {
            case "23" -> ErrorKind.INTEGRITY;
            case "08", "28" -> ErrorKind.CONNECTION;
            default -> ErrorKind.OTHER;
        };
    }

    /** The Tortoise exception for a failed statement. */
    public TortoiseException translate(SQLException e, String sql) {
        SQLException root = innermost(e);
        String driverMessage = scrub(Objects.toString(root.getMessage(), root.getClass().getSimpleName()));
        String where = " (connection '" + alias + "'" + (sql == null ? "" : "; SQL: " + abbreviate(sql)) + ")";
        return switch (classify(e)) {
            case INTEGRITY -> new IntegrityException(driverMessage + where, e);
            case CONNECTION -> isLoginFailure(e) ? connectionFailed(e) : new DbConnectionException("The connection to "
                    + target + " was lost: " + driverMessage + where
                    + " (inside a transaction nothing was committed; a statement outside one may have been applied)", e);
            case DEADLOCK -> new DeadlockException("Deadlock: the database rolled this transaction back to let another"
                    + " finish; run it again (isRetryable()): " + driverMessage + where, e);
            case SERIALIZATION -> new SerializationException("The transaction could not be serialized with concurrent"
                    + " ones and was rolled back; run it again (isRetryable()): " + driverMessage + where, e);
            case PROTOCOL -> new OperationalException("Protocol error between the driver and the server (not a failure"
                    + " to connect): " + driverMessage + where, e);
            case TABLE_EXISTS -> new OperationalException(existingTable(driverMessage) + where, e);
            case BUSY -> new OperationalException("The database is locked by another connection and stayed locked: "
                    + driverMessage + where, e);
            case OTHER -> new OperationalException(driverMessage + where, e);
        };
    }

    /** A refused login or an unknown database: the server answered, it just would not let us in. */
    private static boolean isLoginFailure(SQLException e) {
        String state = innermost(e).getSQLState() != null ? innermost(e).getSQLState() : e.getSQLState();
        return state != null && (state.startsWith("28") || state.equals("3D000"));
    }

    /** The exception for a database that cannot be reached: names alias and target, never the password. */
    public DbConnectionException connectionFailed(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = scrub(Objects.toString(root.getMessage(), root.getClass().getSimpleName()));
        return new DbConnectionException("Cannot connect to " + target + " for connection '" + alias + "': "
                + reason, e);
    }

    /** Removes every secret from a text that is about to become a message or a log line. */
    public String scrub(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    private static String existingTable(String driverMessage) {
        Matcher m = EXISTING_TABLE.matcher(driverMessage);
        if (m.find()) {
            String table = m.group(1);
            int dot = table.lastIndexOf('.');
            String shortName = dot >= 0 ? table.substring(dot + 1) : table;
            return "Table \"" + shortName + "\" already exists: " + driverMessage;
        }
        return driverMessage;
    }

    private static String abbreviate(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_SQL_IN_MESSAGE ? flat : flat.substring(0, MAX_SQL_IN_MESSAGE) + "...";
    }

    /** The exception that carries the real error: batches and wrappers hide it in the chain. */
    private static SQLException innermost(SQLException e) {
        SQLException current = e;
        if (current instanceof BatchUpdateException && current.getNextException() != null) {
            current = current.getNextException();
        }
        while (current.getCause() instanceof SQLException cause && cause != current) {
            current = cause;
        }
        return current;
    }
}
