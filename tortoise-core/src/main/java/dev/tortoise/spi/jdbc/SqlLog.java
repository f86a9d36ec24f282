package dev.tortoise.spi.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Logs statements on the {@code dev.tortoise.db_client} logger: DEBUG shows each statement with
 * its binds abbreviated (long texts cut, byte arrays as their length, at most ten values); TRACE
 * shows every bind in full. Nothing is formatted unless the level is on. Credentials are never
 * logged: only SQL and bound values pass through here.
 */
final class SqlLog {

    static final Logger LOG = LoggerFactory.getLogger("dev.tortoise.db_client");
    private static final int MAX_TEXT = 40;
    private static final int MAX_VALUES = 10;

    private SqlLog() {
    }

    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    static void statement(String alias, String sql, Object[] params) {
        SqlListeners.fire(alias, sql, params);
        if (LOG.isTraceEnabled()) {
            LOG.trace("[{}] {} {}", alias, sql, full(params));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] {} {}", alias, sql, abbreviated(params));
        }
    }

    static void batch(String alias, String sql, List<Object[]> rows) {
        SqlListeners.fire(alias, sql, rows.isEmpty() ? null : rows.get(0));
        if (LOG.isTraceEnabled()) {
            for (Object[] row : rows) {
                LOG.trace("[{}] {} {}", alias, sql, full(row));
            }
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] {} x {} rows, first {}", alias, sql, rows.size(),
                    rows.isEmpty() ? "[]" : abbreviated(rows.get(0)));
        }
    }

    static void event(String alias, String what) {
        LOG.debug("[{}] {}", alias, what);
    }

    private static String full(Object[] params) {
        if (params == null || params.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < params.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(render(params[i], Integer.MAX_VALUE));
        }
        return sb.append(']').toString();
    }

    static String abbreviated(Object[] params) {
        if (params == null || params.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        int shown = Math.min(params.length, MAX_VALUES);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(render(params[i], MAX_TEXT));
        }
        if (params.length > shown) {
            sb.append(", ... ").append(params.length - shown).append(" more");
        }
        return sb.append(']').toString();
    }

    private static String render(Object value, int maxText) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String text = String.valueOf(value);
        if (value instanceof CharSequence) {
            text = text.length() > maxText
                    ? "'" + text.substring(0, maxText) + "...' (" + text.length() + " chars)"
                    : "'" + text + "'";
        } else if (text.length() > maxText) {
            text = text.substring(0, maxText) + "...";
        }
        return text;
    }
}
