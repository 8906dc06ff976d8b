package io.jifen.imports;

import io.jifen.customers.StarLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a star-figures file changed, per service level the customers hold now: how many rose to
 * it, fell to it, or stayed; and the moves themselves (from which level to which, how many).
 */
public record LevelReport(List<Line> levels, Map<LevelMove, Long> moves) {
    public record Line(StarLevel level, long up, long down, long unchanged) {
    }

    public static LevelReport of(Map<LevelMove, Long> moves) {
        Map<StarLevel, long[]> byLevel = new EnumMap<>(StarLevel.class);
        moves.forEach((move, customers) -> {
            long[] counts = byLevel.computeIfAbsent(move.after(), level -> new long[3]);
            counts[move.isUp() ? 0 : move.isDown() ? 1 : 2] += customers;
        });
        List<Line> lines = new ArrayList<>();
        byLevel.forEach((level, counts) -> lines.add(new Line(level, counts[0], counts[1], counts[2])));
        return new LevelReport(List.copyOf(lines), Map.copyOf(moves));
    }

    public long up() {
        return levels.stream().mapToLong(Line::up).sum();
    }

    public long down() {
        return levels.stream().mapToLong(Line::down).sum();
    }

    public long unchanged() {
        return levels.stream().mapToLong(Line::unchanged).sum();
    }
}
