package dev.tortoise.fields;

/** What the database does to referencing rows when the referenced row is deleted. */
public enum OnDelete {
    CASCADE("CASCADE"),
    RESTRICT("RESTRICT"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    OnDelete(String sql) {
        this.sql = sql;
    }

    /** The action as written in DDL, for example {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
