package io.jifen.shared;

import java.util.List;

/**
 * One page of a longer list, as every application service answers a list: the items, which page
 * (from 0) of what size, and how many there are in all. Each service keeps its own named record;
 * this is what they share, so the API shapes any of them into its list view one way.
 */
public interface Paged<T> {
    List<T> items();

    int page();

    int size();

    long total();
}
