package io.jifen.imports;

/**
 * One row of a file, read by its kind's rules: something to apply, or a row that cannot be applied
 * and says why. Each names the customer it belongs to (as written, for a row that cannot be read),
 * which decides its partition.
 */
public sealed interface ImportRow permits TransactionRow, StarFigureRow, CustomerRow, UnreadableRow {
    /** The row's number in the file, the header being 1. */
    long line();

    String customerKey();
}
