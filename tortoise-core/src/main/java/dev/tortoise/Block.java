package dev.tortoise;

/**
 * A piece of work run by Tortoise on the caller's behalf, such as the body of a transaction.
 *
 * <p>Generic in the checked exception it may throw, so a block that throws nothing checked needs no
 * {@code try}, and one that throws {@code IOException} lets the caller handle exactly that:
 * whatever the block throws comes out of the method that ran it unchanged.
 *
 * @param <T> what the block returns
 * @param <X> the checked exception the block may throw ({@code RuntimeException} when none)
 */
@FunctionalInterface
public interface Block<T, X extends Exception> {

    /** Runs the work on the calling thread and returns its result. */
    T run() throws X;
}
