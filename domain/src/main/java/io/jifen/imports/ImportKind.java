package io.jifen.imports;

/** What a file holds; each kind has its columns (docs/batch-files.md) and its job. */
public enum ImportKind {
    /** Accruals and reversals, the fields of the accrual API. */
    TRANSACTIONS("transactions-import");

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
        };
    }
}
