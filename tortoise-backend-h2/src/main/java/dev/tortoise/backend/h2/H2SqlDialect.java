package dev.tortoise.backend.h2;

import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.spi.DatePart;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.SqlFunction;
import dev.tortoise.spi.SqlWriter;
import java.util.List;

/**
 * H2's query SQL: the standard forms of {@link SqlDialect} (double-quoted identifiers,
 * {@code LIMIT ? OFFSET ?}, {@code FOR UPDATE [NOWAIT | SKIP LOCKED]}, {@code LIKE}, which is
 * case-sensitive in H2), plus: generated keys from JDBC (H2 has no {@code RETURNING}), casts for
 * parameters whose type H2 cannot infer, {@code REGEXP_LIKE} (Java regular expressions), ISO
 * weeks, and {@code AT TIME ZONE} for datetimes, which H2 keeps as
 * {@code TIMESTAMP WITH TIME ZONE}.
 */
final class H2SqlDialect extends SqlDialect {

    /** Refused: see the message. */
    @Override
    public void rowLockOf(SqlWriter out, boolean nowait, boolean skipLocked, List<String> tables) {
        throw new dev.tortoise.exceptions.ParamsException("selectForUpdate(of) is not available on H2, which has no FOR UPDATE OF; use selectForUpdate(nowait, skipLocked)");
    }

    /** H2 spells upserts as MERGE, a statement of another shape: not offered yet. */
    @Override
    public String onConflict(List<String> conflictColumns, List<String> updateColumns, String pkColumn) {
        throw new ParamsException("bulkCreate() with conflicts handled (BulkOptions.ignoreConflicts() or onConflict())"
                + " is not available on H2, whose upsert is a MERGE statement; SQLite, PostgreSQL and MySQL/MariaDB"
                + " have it");
    }

    /** H2 has no RETURNING clause: the client asks JDBC for the generated key. */
    @Override
    public boolean insertReturning() {
        return false;
    }

    /** H2 cannot type a bare {@code ?} that is the only value of a {@code CASE} branch. */
    @Override
    public String typedParam(String columnType) {
        return "CAST(? AS " + columnType + ")";
    }

    /**
     * A step that is not all integers computes in DECFLOAT: H2 types a bound value by the column
     * beside it, so {@code count + ?} would make 0.5 an INTEGER and store 1 more, silently. Integer
     * steps stay as they are; H2 raises its own error when they overflow.
     */
    @Override
    public ArithmeticForm arithmetic(String operator, boolean integers) {
        if (integers) {
            return super.arithmetic(operator, true);
        }
        return new ArithmeticForm("(CAST(", " AS DECFLOAT) " + operator + " CAST(", " AS DECFLOAT))");
    }

    @Override
    public void regexMatch(SqlWriter out, String column, String pattern) {
        out.append("REGEXP_LIKE(").append(column).append(", ").param(pattern).append(")");
    }

    @Override
    public void regexMatch(SqlWriter out, String column, String pattern, boolean ignoreCase) {
        out.append("REGEXP_LIKE(").append(column).append(", ").param(pattern).append(ignoreCase ? ", 'i')" : ")");
    }

    /** EXTRACT gives integers in H2 (whole seconds for SECOND); WEEK is H2's ISO_WEEK. */
    @Override
    public String datePart(DatePart part, String column) {
        String field = switch (part) {
            case WEEK -> "ISO_WEEK";
            default -> part.name();
        };
        return "EXTRACT(" + field + " FROM " + column + ")";
    }

    /**
     * {@code col AT TIME ZONE 'Europe/Berlin'}, whatever {@code useTz} says: the column holds
     * instants (with an offset), and H2 knows every zone Java knows, fixed offsets included.
     */
    @Override
    public String wallTime(String column, ZoneContext zone) {
        return "(" + column + " AT TIME ZONE " + stringLiteral(zone.zone().getId()) + ")";
    }

    /** H2 writes RANDOM as {@code RAND()}; the rest is standard. */
    @Override
    public List<String> function(SqlFunction function, int arity) {
        return function == SqlFunction.RANDOM ? List.of("RAND()") : super.function(function, arity);
    }
}
