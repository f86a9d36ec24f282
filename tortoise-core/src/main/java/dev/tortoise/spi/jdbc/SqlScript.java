package dev.tortoise.spi.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a script into its statements at top-level semicolons, the way the dialect reads them.
 * Semicolons inside quotes ({@code '...'}, {@code "..."}, {@code `...`}), comments ({@code --},
 * {@code /* *&#47;}) and dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}) do not split. A
 * doubled quote is an escape everywhere; with {@link Syntax#backslashEscapes()} (MySQL's default,
 * not under {@code NO_BACKSLASH_ESCAPES}) a backslash also escapes the character after it inside
 * {@code '...'} and {@code "..."}. With {@link Syntax#triggerBodies()} (SQLite) the body of a
 * {@code CREATE TRIGGER} stays whole: its statement ends at the semicolon after the body's
 * {@code END}. Empty statements are dropped; comments stay with the statement they precede.
 */
public final class SqlScript {

    /**
     * How a database reads a script.
     *
     * @param backslashEscapes whether a backslash escapes the next character inside quotes
     * @param triggerBodies    whether {@code CREATE TRIGGER ... BEGIN ...; END} bodies hold semicolons
     */
    public record Syntax(boolean backslashEscapes, boolean triggerBodies) {
        /** Standard SQL: doubled quotes only, no trigger bodies. */
        public static final Syntax STANDARD = new Syntax(false, false);
    }

    private final String script;
    private final boolean backslashEscapes;
    private final boolean triggerBodies;
    private final List<String> statements = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    /** Top-level words of the current statement, counted up to the fourth. */
    private int words;
    private boolean createSeen;
    private boolean inTrigger;
    /** Within a trigger: the last token was a semicolon, so an END now closes the body. */
    private boolean afterSemicolon;
    /** Within a trigger: the last token was the END that closes the body. */
    private boolean bodyClosed;

    private SqlScript(String script, Syntax syntax) {
        this.script = script;
        this.backslashEscapes = syntax.backslashEscapes();
        this.triggerBodies = syntax.triggerBodies();
    }

    /** The statements of a script, trimmed, without their trailing semicolons. */
    public static List<String> split(String script, Syntax syntax) {
        return new SqlScript(script, syntax).run();
    }

    private List<String> run() {
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closingQuote(i, c, backslashEscapes && c != '`');
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                end = script.indexOf('\n', i);
                end = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '$' && dollarTag(i) != null) {
                String tag = dollarTag(i);
                end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
            } else if (c == ';') {
                semicolon();
                i++;
                continue;
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
                    end++;
                }
                word(script.substring(i, end).toUpperCase(Locale.ROOT));
            } else {
                end = i + 1;
            }
            current.append(script, i, end);
            i = end;
        }
        add();
        return statements;
    }

    /** Follows the words that open a trigger ({@code CREATE [TEMP|TEMPORARY] TRIGGER}) and close its body. */
    private void word(String word) {
        words++;
        if (words == 1) {
            createSeen = triggerBodies && word.equals("CREATE");
        } else if (createSeen && !inTrigger && words <= 3) {
            inTrigger = word.equals("TRIGGER");
            createSeen = inTrigger || word.equals("TEMP") || word.equals("TEMPORARY");
        }
        bodyClosed = inTrigger && afterSemicolon && word.equals("END");
        afterSemicolon = false;
    }

    private void semicolon() {
        if (inTrigger && !bodyClosed) {
            current.append(';');
            afterSemicolon = true;
            return;
        }
        add();
    }

    private void add() {
        String statement = current.toString().strip();
        if (!statement.isEmpty() && !onlyComments(statement)) {
            statements.add(statement);
        }
        current.setLength(0);
        words = 0;
        createSeen = false;
        inTrigger = false;
        afterSemicolon = false;
        bodyClosed = false;
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
     * with {@code backslashes}, so is a backslash and the character after it.
     */
    private int closingQuote(int start, char quote, boolean backslashes) {
        int i = start + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (backslashes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return script.length();
    }

    /** The dollar-quote tag starting at {@code start} ({@code $$} or {@code $name$}), or null. */
    private String dollarTag(int start) {
        int i = start + 1;
        while (i < script.length() && (Character.isLetterOrDigit(script.charAt(i)) || script.charAt(i) == '_')) {
            i++;
        }
        if (i < script.length() && script.charAt(i) == '$'
                && (i == start + 1 || !Character.isDigit(script.charAt(start + 1)))) {
            return script.substring(start, i + 1);
        }
        return null;
    }
}
