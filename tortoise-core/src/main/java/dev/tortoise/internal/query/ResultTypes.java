package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SqlFunction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The typing rules of computed values: what Java type a literal, a function or a combination of
 * typed values is read as. Pure functions of the types; see docs/expressions.md.
 */
final class ResultTypes {
    private static final ResultType LONG = new ResultType.OfJava(Long.class);
    private static final ResultType DOUBLE = new ResultType.OfJava(Double.class);
    private static final ResultType DECIMAL = new ResultType.OfJava(BigDecimal.class);
    private static final ResultType STRING = new ResultType.OfJava(String.class);

    private ResultTypes() {
    }

    /** A bound literal: whole numbers as {@code Long}, fractions as {@code Double} or {@code BigDecimal}, text, booleans. */
    static ResultType literal(Object value) {
        return switch (value) {
            case Integer i -> LONG;
            case Short s -> LONG;
            case Long l -> LONG;
            case BigInteger b -> LONG;
            case String s -> STRING;
            case Double d -> DOUBLE;
            case Float f -> DOUBLE;
            case BigDecimal d -> DECIMAL;
            case Boolean b -> new ResultType.OfJava(Boolean.class);
            case null, default -> ResultType.RAW;
        };
    }

    /** Whether values of the type are whole numbers (integer fields, durations, counts, whole-number Java types). */
    static boolean wholeNumbers(ResultType type) {
        FieldMeta field = type.fieldMeta();
        if (field != null) {
            return field.kind().isInteger() || field.kind() == FieldKind.TIMEDELTA;
        }
        if (type instanceof ResultType.OfAggregate aggregate) {
            return aggregate.function().equals("COUNT");
        }
        Class<?> java = type.javaType();
        return java == Long.class || java == Integer.class || java == Short.class;
    }

    /** A number computed from operands: a decimal if any is one, a {@code Long} if all are whole, else a {@code Double}. */
    static ResultType number(List<ResultType> operands) {
        if (operands.stream().anyMatch(ResultType::decimal)) {
            return DECIMAL;
        }
        return operands.stream().allMatch(ResultTypes::wholeNumbers) ? LONG : DOUBLE;
    }

    /** The type of the first operand that is a field's, else of the first that has a type at all (COALESCE, CASE). */
    static ResultType firstTyped(List<ResultType> types) {
        return types.stream().filter(t -> t instanceof ResultType.OfField).findFirst()
                .orElse(types.stream().filter(t -> !(t instanceof ResultType.Raw)).findFirst().orElse(ResultType.RAW));
    }

    /** What a function returns; a function called by name ({@code standard} null) is read as the driver returns it. */
    static ResultType call(SqlFunction standard, List<ResultType> args) {
        if (standard == null) {
            return ResultType.RAW;
        }
        return switch (standard) {
            case LOWER, UPPER, TRIM, CONCAT, SUBSTRING -> STRING;
            case LENGTH -> LONG;
            case RANDOM, POWER -> DOUBLE;
            case MOD -> number(args);
            case COALESCE -> firstTyped(args);
        };
    }
}
