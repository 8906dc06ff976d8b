package io.jifen.imports.batch;

import io.jifen.imports.ImportKind;
import io.jifen.imports.application.ImportTracking;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A partition's rows of a file, in file order, each read by its kind's rules. Its checkpoint is the number of the
 * last record it read, so a restart skips what the last committed chunk covered.
 */
@Dependent
@Named("fileRows")
public class FileRowReader extends AbstractItemReader {
    @Inject
    @BatchProperty(name = "fileId")
    String fileId;
    @Inject
    @BatchProperty(name = CustomerPartitions.PARTITION)
    String partition;
    @Inject
    @BatchProperty(name = CustomerPartitions.PARTITIONS)
    String partitions;
    @Inject
    ImportTracking tracking;
    @Inject
    Clock clock;
    @Inject
    io.jifen.shared.OnlineTraffic online;
    /**
     * While storefronts are being served on this server, each chunk first waits this share of the
     * time the last chunk took (1.0: the import takes at most half the time it would): online
     * calls keep their latency and the file still finishes. 0 turns yielding off.
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "jifen.batch.yield.share", defaultValue = "1.0")
    double yieldShare;
    private long chunkStartedNanos;
    private long lastChunkNanos;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long lastRecord;
    private int mine;
    private int of;
    private ImportKind kind;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        mine = Integer.parseInt(partition);
        of = Integer.parseInt(partitions);
        var file = tracking.file(fileId);
        Path path = Path.of(file.storedAt());
        kind = file.kind();
        var layout = kind.layout();
        var located = layout.locate(path);
        parser = layout.open(path, located.delimiter(), located.trailerOffset());
        records = parser.iterator();
        long resumeAfter = checkpoint == null ? 0 : (Long) checkpoint;
        while (lastRecord < resumeAfter && records.hasNext()) {
            lastRecord = records.next().getRecordNumber();
        }
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (chunkStartedNanos == 0) {
            yieldToStorefronts();
            chunkStartedNanos = System.nanoTime();
        }
        while (records.hasNext()) {
            CSVRecord record = records.next();
            lastRecord = record.getRecordNumber();
            var row = kind.read(record, clock.instant());
            if (CustomerPartitions.of(row.customerKey(), of) == mine) {
                return row;
            }
        }
        return null;
    }

    /** Waits before a chunk while partner calls were served in the last second (no database resource is held yet). */
    private void yieldToStorefronts() throws InterruptedException {
        if (yieldShare > 0 && lastChunkNanos > 0 && online.isServing()) {
            long pause = Math.min((long) (lastChunkNanos * yieldShare), java.time.Duration.ofSeconds(2).toNanos());
            Thread.sleep(java.time.Duration.ofNanos(pause));
        }
    }

    @Override
    public Serializable checkpointInfo() {
        // called as each chunk ends: the next read starts the next chunk
        if (chunkStartedNanos != 0) {
            lastChunkNanos = System.nanoTime() - chunkStartedNanos;
            chunkStartedNanos = 0;
        }
        return lastRecord;
    }

    @Override
    public void close() throws Exception {
        if (parser != null) {
            parser.close();
        }
    }
}
