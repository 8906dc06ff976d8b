package io.jifen.imports;

import io.jifen.shared.Sorting;

/** The columns the received files may be sorted by. */
public enum ImportFileSort implements Sorting.Column {
    RECEIVED("f.receivedAt"), NAME("f.name"), STATUS("f.status"), REJECTED("f.rowsRejected");

    /** Newest first, as the list always was. */
    public static final String UNSORTED = " order by f.receivedAt desc, f.id";

    private final String path;

    ImportFileSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<ImportFileSort> sorting) {
        return Sorting.orderBy(sorting, "f.id", UNSORTED);
    }
}
