package io.jifen.imports;

import io.jifen.shared.Sorting;
import java.util.List;
import java.util.Optional;

public interface ImportRepository {
    /** Writes the file's row now, so a second claim of the same SHA-256 fails on the unique key. */
    void claim(ImportFile file);

    Optional<ImportFile> find(String fileId);

    Optional<ImportFile> findBySha256(String sha256);

    /** The file, its row locked until the transaction ends. */
    ImportFile lock(String fileId);

    default List<ImportFile> newestFirst(int offset, int limit) {
        return files(Sorting.none(), offset, limit);
    }

    /** Files in the order chosen (newest first when none is). */
    List<ImportFile> files(Sorting<ImportFileSort> sorting, int offset, int limit);

    long count();

    /** How many files are in each status (a status with none is missing). */
    java.util.Map<ImportStatus, Long> countByStatus();

    /** Files whose job was under way (received, checking, running) when last seen. */
    List<ImportFile> underWay();

    /**
     * Adds a chunk's outcome to the file's counters in one statement, so partitions committing
     * side by side add up, and writes its refused rows.
     */
    void addProgress(String fileId, long done, long applied, long already, List<ImportReject> rejects,
                     java.util.Collection<String> customersTouched);

    /** The customers the file's rows touched, each once, in id order, after {@code afterCustomer}. */
    List<String> customersTouched(String fileId, String afterCustomer, int limit);

    long rejectedSoFar(String fileId);

    /** Adds a chunk's tally of service-level moves (a star-figures file), to be summed when read. */
    void addLevelMoves(String fileId, java.util.Map<LevelMove, Long> moves);

    /** The file's service-level moves, summed over its chunks. */
    java.util.Map<LevelMove, Long> levelMoves(String fileId);

    /** Refused rows in line order, from after {@code afterLine}, at most {@code limit}. */
    List<ImportReject> rejects(String fileId, long afterLine, int limit);
}
