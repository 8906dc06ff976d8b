package io.jifen.api.shared;

import java.util.List;

/** A page of a list, as api.md shapes every list. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
