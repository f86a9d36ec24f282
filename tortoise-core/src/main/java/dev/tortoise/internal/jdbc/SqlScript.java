package dev.tortoise.internal.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into its statements at top-level semicolons. Semicolons inside quotes
 * ({@code '...'}, {@code "..."}, {@code `...`}), comments ({@code --}, {@code /* *&#47;}) and
 * PostgreSQL dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}) do not split. Empty statements
 * are dropped; comments stay with the statement they precede. SQLite trigger bodies
 * ({@code BEGIN ... END}) are not recognised and must not be run through here.
 */
public final class SqlScript {

    private SqlScript() {
    }

    /** The statements of a script, trimmed, without their trailing semicolons. */
    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closingQuote(script, i, c);
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                end = script.indexOf('\n', i);
                end = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
            } else if (c == ';') {
                add(statements, current);
                current.setLength(0);
                i++;
                continue;
            } else {
                end = i + 1;
            }
            current.append(script, i, end);
            i = end;
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty() && !onlyComments(statement)) {
            statements.add(statement);
        }
    }

    private static boolean onlyComments(String statement) {
        String rest = statement;
        while (!rest.isEmpty()) {
            if (rest.startsWith("--")) {
                int nl = rest.indexOf('\n');
                rest = nl < 0 ? "" : rest.substring(nl + 1).strip();
            } else if (rest.startsWith("/*")) {
                int close = rest.indexOf("*/");
                rest = close < 0 ? "" : rest.substring(close + 2).strip();
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Index just past the quote that closes the one at {@code start}. A doubled quote is an escape;
     * backslashes are not (standard SQL, and what our DDL generators write).
     */
    private static int closingQuote(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** The dollar-quote tag starting at {@code start} ({@code $$} or {@code $name$}), or null. */
    private static String dollarTag(String s, int start) {
        int i = start + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '$' && (i == start + 1 || !Character.isDigit(s.charAt(start + 1)))) {
            return s.substring(start, i + 1);
        }
        return null;
    }
}
