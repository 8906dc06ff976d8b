package io.jifen.imports;

import io.jifen.customers.StarLevel;
import java.util.Comparator;

/** A customer's service star level before a star-figures file and after it (the same when it held). */
public record LevelMove(StarLevel before, StarLevel after) implements Comparable<LevelMove> {
    private static final Comparator<LevelMove> ORDER = Comparator.comparing(LevelMove::after).thenComparing(LevelMove::before);

    public boolean isUp() {
        return after.isAbove(before);
    }

    public boolean isDown() {
        return before.isAbove(after);
    }

    @Override
    public int compareTo(LevelMove other) {
        return ORDER.compare(this, other);
    }
}
