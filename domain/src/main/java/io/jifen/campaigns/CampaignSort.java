package io.jifen.campaigns;

import io.jifen.shared.Sorting;

/** The columns the campaign list may be sorted by. */
public enum CampaignSort implements Sorting.Column {
    NAME("c.name"), STARTS("c.startsAt"), BUDGET("c.budget"), ISSUED("c.pointsIssued");

    /** Newest first, as the list always was. */
    public static final String UNSORTED = " order by c.createdAt desc, c.id";

    private final String path;

    CampaignSort(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }

    /** The order by clause for the list: the chosen column then the id, or {@link #UNSORTED}. */
    public static String orderBy(Sorting<CampaignSort> sorting) {
        return Sorting.orderBy(sorting, "c.id", UNSORTED);
    }
}
