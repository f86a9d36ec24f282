package dev.tortoise.internal.query;

import dev.tortoise.spi.SqlFunction;
import java.util.List;
import java.util.Objects;

/**
 * An expression as the caller wrote it ({@code dev.tortoise.Expression} turned into data by the
 * public package): field references, values, arithmetic, functions, aggregates, CASE, subqueries,
 * outer references and raw SQL. Names stay unresolved until a query is compiled. Immutable.
 */
public sealed interface Expr {

    /** The value of a field (or relation path) of the row. */
    record FieldRef(String path) implements Expr {
        public FieldRef {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return "F(" + path + ")";
        }
    }

    /** A value, bound as a parameter. */
    record Value(Object value) implements Expr {
        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    /** {@code left op right}, where op is one of {@code + - * /}. */
    record Arithmetic(Expr left, String operator, Expr right) implements Expr {
        public Arithmetic {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public String toString() {
            return "(" + left + " " + operator + " " + right + ")";
        }
    }

    /**
     * A function call: a standard one the dialect spells ({@code standard} set, {@code name} its
     * name), or one called by name as written ({@code standard} null).
     */
    record Call(String name, SqlFunction standard, List<Expr> args) implements Expr {
        public Call {
            Objects.requireNonNull(name, "name");
            args = List.copyOf(args);
        }

        /** A call of a standard function. */
        public static Call standard(SqlFunction function, Expr... args) {
            return new Call(function.name(), function, List.of(args));
        }

        @Override
        public String toString() {
            return name + args;
        }
    }

    /** {@code CAST(value AS <the type holding javaType>)}, read as {@code javaType}. */
    record Cast(Expr value, Class<?> javaType) implements Expr {
        public Cast {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(javaType, "javaType");
        }
    }

    /** The current instant. */
    record Now() implements Expr {
    }

    /**
     * An aggregate over a path of the queried model, of the rows that meet {@code filter} (null for all).
     *
     * @param function {@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN} or {@code MAX}
     */
    record Aggregated(String function, String path, boolean distinct, Condition filter) implements Expr {
        public Aggregated {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return function + "(" + (distinct ? "DISTINCT " : "") + path + (filter == null ? "" : " FILTER " + filter) + ")";
        }
    }

    /** {@code CASE WHEN ... THEN ... ELSE otherwise END}. */
    record CaseWhen(List<Branch> branches, Expr otherwise) implements Expr {
        public CaseWhen {
            branches = List.copyOf(branches);
            Objects.requireNonNull(otherwise, "otherwise");
        }
    }

    /** One {@code WHEN condition THEN result}. */
    record Branch(Condition condition, Expr result) {
        public Branch {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(result, "result");
        }
    }

    /** A subquery selecting one field of the rows of {@code spec}. */
    record Sub(QuerySpec spec, String field) implements Expr {
        public Sub {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String toString() {
            return "Subquery(" + spec.model().getSimpleName() + "." + field + ")";
        }
    }

    /** A field of the enclosing query's row, inside a subquery. */
    record Outer(String path) implements Expr {
        public Outer {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return "OuterRef(" + path + ")";
        }
    }

    /** SQL as written, with its {@code ?} bound to {@code params} in order. */
    record Raw(String sql, List<Object> params) implements Expr {
        public Raw {
            Objects.requireNonNull(sql, "sql");
            params = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
        }
    }
}
