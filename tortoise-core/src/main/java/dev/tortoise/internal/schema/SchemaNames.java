package dev.tortoise.internal.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Names of indexes and constraints (TORTOISE-SPEC §5.4). Each is a prefix, truncated parts and a
 * SHA-256 fragment, so names stay short enough for every database (Oracle's 30 characters) and
 * are the same on every run.
 */
public final class SchemaNames {
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private SchemaNames() {
    }

    /** {@code idx_<table[:11]>_<firstcol[:7]>_<hash(table, cols…, 6)>}. */
    public static String index(String table, List<String> columns) {
        return keyName("idx", table, columns);
    }

    /**
     * {@code fts_<table[:11]>_<firstcol[:7]>_<hash(table, cols…, 6)>}, a full-text index: its own
     * prefix, so that the same columns may also have an ordinary index.
     */
    public static String fullTextIndex(String table, List<String> columns) {
        return keyName("fts", table, columns);
    }

    /** {@code uid_<table[:11]>_<firstcol[:7]>_<hash(table, cols…, 6)>}, a unique_together constraint. */
    public static String uniqueTogether(String table, List<String> columns) {
        return keyName("uid", table, columns);
    }

    /** {@code uidx_<through[:11]>_<backward[:7]>_<hash(through, backward, forward, 6)>}. */
    public static String throughUnique(String through, String backwardKey, String forwardKey) {
        return keyName("uidx", through, List.of(backwardKey, forwardKey));
    }

    /** {@code fk_<from[:8]>_<to[:8]>_<hash(from, fromCol, to, toCol, 8)>}. */
    public static String foreignKey(String table, String column, String targetTable, String targetColumn) {
        return "fk_" + head(table, 8) + "_" + head(targetTable, 8) + "_"
                + hash(List.of(table, column, targetTable, targetColumn), 8);
    }

    private static String keyName(String prefix, String table, List<String> columns) {
        List<String> parts = new ArrayList<>(columns.size() + 1);
        parts.add(table);
        parts.addAll(columns);
        return prefix + "_" + head(table, 11) + "_" + head(columns.get(0), 7) + "_" + hash(parts, 6);
    }

    private static String head(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    /** The first {@code length} hex digits of SHA-256 over the parts joined with {@code ;}. */
    static String hash(List<String> parts, int length) {
        byte[] digest = newDigest().digest(String.join(";", parts).getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[length];
        for (int i = 0; i < length; i++) {
            int b = digest[i >> 1];
            hex[i] = HEX_DIGITS[(i & 1) == 0 ? (b >> 4) & 0xF : b & 0xF];
        }
        return new String(hex);
    }

    // Looking a provider up costs far more than hashing a short name; a clone of one looked-up
    // digest skips that lookup and is as cheap as a fresh object.
    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) Sha256.PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return Sha256.lookUp();
        }
    }

    /** Holds the prototype digest; loaded on the first name that needs a hash. */
    private static final class Sha256 {
        static final MessageDigest PROTOTYPE = lookUp();

        static MessageDigest lookUp() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime provides SHA-256", e);
            }
        }
    }
}
