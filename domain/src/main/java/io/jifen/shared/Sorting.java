package io.jifen.shared;

/**
 * The order a list is read in: one of the list's fixed columns and a direction, or no column, which
 * keeps the list's own order. A column is an enum constant naming its JPQL path, so no caller's text
 * ever reaches the query; the id follows the column in the same direction, so paging through rows
 * that share a value neither repeats nor skips one.
 *
 * @param column    the column chosen, or null for the list's own order
 * @param ascending the direction of the chosen column (ignored when there is none)
 */
public record Sorting<C extends Enum<C> & Sorting.Column>(C column, boolean ascending) {
    /** A column a list may be sorted by: each constant carries its fixed JPQL path (or SQL column). */
    public interface Column {
        String path();
    }

    /** The list's own order, as it was before staff could sort it. */
    public static <C extends Enum<C> & Column> Sorting<C> none() {
        return new Sorting<>(null, false);
    }

    public static <C extends Enum<C> & Column> Sorting<C> by(C column, boolean ascending) {
        return new Sorting<>(column, ascending);
    }

    public boolean isNone() {
        return column == null;
    }

    /**
     * The order by clause (with a leading space): the column, then {@code idPath}, both in the chosen
     * direction; {@code unsorted} when no column is chosen.
     */
    public String orderBy(String idPath, String unsorted) {
        if (column == null) {
            return unsorted;
        }
        String direction = ascending ? " asc" : " desc";
        if (column.path().equals(idPath)) {
            return " order by " + idPath + direction;
        }
        return " order by " + column.path() + direction + ", " + idPath + direction;
    }

    /** The clause for a list that may be asked for with no sorting at all (null). */
    public static <C extends Enum<C> & Column> String orderBy(Sorting<C> sorting, String idPath, String unsorted) {
        return sorting == null ? unsorted : sorting.orderBy(idPath, unsorted);
    }
}
