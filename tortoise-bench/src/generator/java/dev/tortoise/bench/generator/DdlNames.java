package dev.tortoise.bench.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of indexes and constraints as upstream Tortoise derives them (TORTOISE-SPEC §5.4): a
 * prefix, truncated table and column names, and the first hex digits of the SHA-256 of the parts
 * joined with {@code ;}.
 */
final class DdlNames {

    private DdlNames() {
    }

    /** {@code idx_<table[:11]>_<firstcol[:7]>_<hash(table, cols..., 6)>}. */
    static String index(String table, String... columns) {
        return named("idx", table, columns);
    }

    /** {@code uid_<table[:11]>_<firstcol[:7]>_<hash(table, cols..., 6)>}. */
    static String uniqueTogether(String table, String... columns) {
        return named("uid", table, columns);
    }

    /** {@code uidx_<through[:11]>_<backward[:7]>_<hash(through, backward, forward, 6)>}. */
    static String throughUnique(String through, String backwardKey, String forwardKey) {
        return "uidx_" + cut(through, 11) + "_" + cut(backwardKey, 7) + "_"
                + hash(6, through, backwardKey, forwardKey);
    }

    /** MySQL: {@code fk_<from[:8]>_<to[:8]>_<hash(from, fromCol, to, toCol, 8)>}. */
    static String mysqlForeignKey(String fromTable, String fromColumn, String toTable, String toColumn) {
        return "fk_" + cut(fromTable, 8) + "_" + cut(toTable, 8) + "_"
                + hash(8, fromTable, fromColumn, toTable, toColumn);
    }

    private static String named(String prefix, String table, String... columns) {
        String[] parts = new String[columns.length + 1];
        parts[0] = table;
        System.arraycopy(columns, 0, parts, 1, columns.length);
        return prefix + "_" + cut(table, 11) + "_" + cut(columns[0], 7) + "_" + hash(6, parts);
    }

    private static String cut(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    private static String hash(int length, String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(";", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
