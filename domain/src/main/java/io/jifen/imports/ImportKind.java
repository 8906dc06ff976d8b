package io.jifen.imports;

import io.jifen.shared.time.BankCalendar;
import java.time.Instant;
import org.apache.commons.csv.CSVRecord;

/** What a file holds; each kind has its columns (docs/batch-files.md) and its job. */
public enum ImportKind {
    /** Accruals and reversals, the fields of the accrual API. */
    TRANSACTIONS("transactions-import"),
    /** Each month, six months of business per customer and star-point component; the star levels follow. */
    STAR_FIGURES("star-figures-import"),
    /** Customer master data, as the PUT sends it, with segments and partner links. */
    CUSTOMERS("customers-import");

    private final String jobName;

    ImportKind(String jobName) {
        this.jobName = jobName;
    }

    /** The Jakarta Batch job (META-INF/batch-jobs/&lt;name&gt;.xml) that imports files of this kind. */
    public String jobName() {
        return jobName;
    }

    public FileLayout layout() {
        return switch (this) {
            case TRANSACTIONS -> TransactionFile.LAYOUT;
            case STAR_FIGURES -> StarFigureFile.LAYOUT;
            case CUSTOMERS -> CustomerFile.LAYOUT;
        };
    }

    /** A record of a file of this kind, read by its rules as they stand at {@code now}. */
    public ImportRow read(CSVRecord record, Instant now) {
        return switch (this) {
            case TRANSACTIONS -> TransactionFile.read(record, now);
            case STAR_FIGURES -> StarFigureFile.read(record, now.atZone(BankCalendar.ZONE).toLocalDate());
            case CUSTOMERS -> CustomerFile.read(record, now.atZone(BankCalendar.ZONE).toLocalDate());
        };
    }
}
