package io.jifen.imports;

/** A row refused by its file's rules before anything is applied: the field at fault and why. */
public record UnreadableRow(long line, String reference, String customerKey, String field, String reason) implements ImportRow {
}
