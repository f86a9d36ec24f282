package dev.tortoise.bench.crud;

/**
 * The eleven operations of the CRUD suite, upstream's tests A–K, run in this order on one table.
 * Every operation is run by the same number of workers at once; its rows are what its workers
 * report having written or read, and its rate is those rows over the operation's wall time.
 */
public enum Operation {
    /** N single-row inserts in all, each its own auto-committed statement. */
    A("insert: single"),
    /** N inserts in all, each worker's N/C inside one transaction. */
    B("insert: batch in a transaction"),
    /** Each worker one bulk insert of N/C rows. */
    C("insert: bulk"),
    /** Each worker five queries {@code level = ℓ}, one per level, returning full models. */
    D("filter: large, models"),
    /** Each worker N/100 × 5 queries {@code level = ℓ LIMIT 20 OFFSET r}, r random in [0, N − 20). */
    E("filter: small, limit 20 offset r"),
    /** 2N get-by-primary-key in all, keys random among the first N − 1 rows. */
    F("get by primary key"),
    /** As D, each row a map. */
    G("filter: large, maps"),
    /** As D, each row a list. */
    H("filter: large, lists"),
    /** Each worker in one transaction saves every column of its 3N/C − 1 rows (loaded before the clock starts). */
    I("update: whole row"),
    /** As I, saving only {@code level}. */
    J("update: one field"),
    /** As I, deleting each row. */
    K("delete");

    private final String title;

    Operation(String title) {
        this.title = title;
    }

    /** What the operation does, in a few words, for tables. */
    public String title() {
        return title;
    }

    /** Whether the operation adds rows (A, B, C). */
    public boolean inserts() {
        return this == A || this == B || this == C;
    }

    /** Whether the operation changes or deletes rows loaded beforehand (I, J, K). */
    public boolean changesLoadedRows() {
        return this == I || this == J || this == K;
    }
}
