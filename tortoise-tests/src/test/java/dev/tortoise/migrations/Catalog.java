package dev.tortoise.migrations;

import dev.tortoise.spi.DbClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a database's catalog says about its tables, in a form two databases can be compared by:
 * per table the columns (type, nullability), the foreign keys (column, target, ON DELETE) and the
 * indexes and unique constraints (unique flag and columns, names left out: a database names some
 * itself). {@code tortoise_migrations} is left out.
 */
final class Catalog {

    private Catalog() {
    }

    static Map<String, List<String>> read(DbClient client) {
        return switch (client.dialect()) {
            case "sqlite" -> sqlite(client);
            case "postgres" -> postgres(client);
            case "mysql" -> mysql(client);
            case "h2" -> h2(client);
            default -> throw new IllegalArgumentException(client.dialect());
        };
    }

    private static Map<String, List<String>> sqlite(DbClient c) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Map<String, Object> t : c.executeQueryDict("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%' AND name <> 'tortoise_migrations'")) {
            String table = (String) t.get("name");
            TreeSet<String> facts = new TreeSet<>();
            for (Map<String, Object> col : c.executeQueryDict("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", table)) {
                facts.add("column " + col.get("name") + " " + col.get("type") + (num(col.get("notnull")) == 1 ? " NOT NULL" : "")
                        + (num(col.get("pk")) > 0 ? " PK" : ""));
            }
            for (Map<String, Object> fk : c.executeQueryDict("SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list(?)", table)) {
                facts.add("fk " + fk.get("from") + " -> " + fk.get("table") + "." + fk.get("to") + " ON DELETE " + fk.get("on_delete"));
            }
            for (Map<String, Object> idx : c.executeQueryDict("SELECT name, \"unique\", origin FROM pragma_index_list(?)", table)) {
                if ("pk".equals(idx.get("origin"))) {
                    continue;
                }
                List<String> cols = new ArrayList<>();
                for (Map<String, Object> ic : c.executeQueryDict("SELECT name FROM pragma_index_info(?) ORDER BY seqno", idx.get("name"))) {
                    cols.add(String.valueOf(ic.get("name")));
                }
                facts.add((num(idx.get("unique")) == 1 ? "unique " : "index ") + cols);
            }
            tables.put(table, new ArrayList<>(facts));
        }
        return tables;
    }

    private static Map<String, List<String>> postgres(DbClient c) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Map<String, Object> t : c.executeQueryDict("SELECT table_name FROM information_schema.tables WHERE"
                + " table_schema = current_schema() AND table_name <> 'tortoise_migrations'")) {
            String table = (String) t.get("table_name");
            TreeSet<String> facts = new TreeSet<>();
            for (Map<String, Object> col : c.executeQueryDict("SELECT column_name, data_type, character_maximum_length,"
                    + " numeric_precision, numeric_scale, is_nullable, column_default FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ?", table)) {
                facts.add("column " + col.get("column_name") + " " + col.get("data_type") + "("
                        + col.get("character_maximum_length") + "," + col.get("numeric_precision") + ","
                        + col.get("numeric_scale") + ") nullable=" + col.get("is_nullable") + " default="
                        + col.get("column_default"));
            }
            for (Map<String, Object> k : c.executeQueryDict("SELECT a.attname AS col, cf.relname AS target,"
                    + " af.attname AS target_col, k.confdeltype AS del FROM pg_constraint k"
                    + " JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class cf ON cf.oid = k.confrelid"
                    + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                    + " JOIN pg_attribute af ON af.attrelid = k.confrelid AND af.attnum = k.confkey[1]"
                    + " WHERE k.contype = 'f' AND cl.relname = ? AND cl.relnamespace = current_schema()::regnamespace", table)) {
                facts.add("fk " + k.get("col") + " -> " + k.get("target") + "." + k.get("target_col") + " del=" + k.get("del"));
            }
            for (Map<String, Object> i : c.executeQueryDict("SELECT ix.indisunique AS uniq, ix.indisprimary AS pk,"
                    + " (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)"
                    + " JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum) AS cols"
                    + " FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid WHERE t.relname = ?"
                    + " AND t.relnamespace = current_schema()::regnamespace", table)) {
                if (Boolean.TRUE.equals(i.get("pk"))) {
                    continue;
                }
                facts.add((Boolean.TRUE.equals(i.get("uniq")) ? "unique " : "index ") + i.get("cols"));
            }
            tables.put(table, new ArrayList<>(facts));
        }
        return tables;
    }

    private static Map<String, List<String>> mysql(DbClient c) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Map<String, Object> t : c.executeQueryDict("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE"
                + " TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'tortoise_migrations'")) {
            String table = (String) t.get("t");
            TreeSet<String> facts = new TreeSet<>();
            for (Map<String, Object> col : c.executeQueryDict("SELECT COLUMN_NAME AS n, COLUMN_TYPE AS ty, IS_NULLABLE AS nu,"
                    + " COLUMN_DEFAULT AS d, COLUMN_COMMENT AS cm FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = ?", table)) {
                facts.add("column " + col.get("n") + " " + col.get("ty") + " nullable=" + col.get("nu") + " default="
                        + col.get("d") + " comment=" + col.get("cm"));
            }
            for (Map<String, Object> k : c.executeQueryDict("SELECT k.COLUMN_NAME AS col, k.REFERENCED_TABLE_NAME AS target,"
                    + " k.REFERENCED_COLUMN_NAME AS target_col, r.DELETE_RULE AS del FROM information_schema.KEY_COLUMN_USAGE k"
                    + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                    + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = ?", table)) {
                facts.add("fk " + k.get("col") + " -> " + k.get("target") + "." + k.get("target_col") + " del=" + k.get("del"));
            }
            for (Map<String, Object> i : c.executeQueryDict("SELECT INDEX_NAME AS n, MIN(NON_UNIQUE) AS nu,"
                    + " GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME", table)) {
                facts.add((num(i.get("nu")) == 0 ? "unique " : "index ") + i.get("cols"));
            }
            tables.put(table, new ArrayList<>(facts));
        }
        return tables;
    }

    private static Map<String, List<String>> h2(DbClient c) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (Map<String, Object> t : c.executeQueryDict("SELECT TABLE_NAME AS t FROM INFORMATION_SCHEMA.TABLES WHERE"
                + " TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME <> 'tortoise_migrations'")) {
            String table = (String) t.get("t");
            TreeSet<String> facts = new TreeSet<>();
            for (Map<String, Object> col : c.executeQueryDict("SELECT COLUMN_NAME AS n, DATA_TYPE AS ty,"
                    + " CHARACTER_MAXIMUM_LENGTH AS len, IS_NULLABLE AS nu FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = ?", table)) {
                facts.add("column " + col.get("n") + " " + col.get("ty") + "(" + col.get("len") + ") nullable=" + col.get("nu"));
            }
            tables.put(table, new ArrayList<>(facts));
        }
        return tables;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
