package dev.tortoise.spi;

/**
 * The functions the query layer writes whose spelling differs between databases; a
 * {@link SqlDialect} writes each through {@link SqlDialect#function}. Functions called by name with
 * {@code Function.of} are written as given and are not listed here.
 */
public enum SqlFunction {
    /** The first non-NULL argument (two or more). */
    COALESCE,
    /** Text in lower case. */
    LOWER,
    /** Text in upper case. */
    UPPER,
    /** Text without leading and trailing spaces. */
    TRIM,
    /** The number of characters (not bytes) of a text. */
    LENGTH,
    /** Texts joined; a NULL argument counts as empty text (one or more arguments). */
    CONCAT,
    /** {@code SUBSTRING(text, start, length)}: characters counted from 1. */
    SUBSTRING,
    /** A random double in [0, 1) (no arguments). */
    RANDOM,
    /** {@code POWER(base, exponent)}. */
    POWER,
    /** {@code MOD(dividend, divisor)}: the remainder. */
    MOD
}
