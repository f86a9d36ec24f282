package dev.tortoise.internal.query;

import java.util.Objects;

/** An expression over a row's fields, as {@code F} builds it: field references, values and arithmetic. Immutable. */
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

    /** The first field an expression refers to, or null: its type is the type of the expression. */
    default String firstField() {
        return switch (this) {
            case FieldRef f -> f.path();
            case Value v -> null;
            case Arithmetic a -> a.left().firstField() != null ? a.left().firstField() : a.right().firstField();
        };
    }
}
