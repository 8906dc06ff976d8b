package io.jifen.api.shared;

import io.jifen.shared.Paged;
import java.util.List;
import java.util.function.Function;

/** A page of a list, as api.md shapes every list. */
public record PageView<T>(List<T> items, int page, int size, long total) {
    /** A service's page with each item shown by {@code view}. */
    public static <S, T> PageView<T> of(Paged<S> page, Function<? super S, ? extends T> view) {
        return new PageView<>(page.items().stream().<T>map(view).toList(), page.page(), page.size(), page.total());
    }
}
