package io.jifen.shared;

import java.util.stream.Stream;

/**
 * A whole number of loyalty points, exact as the ledger keeps them.
 *
 * <p>Signed, because the ledger is: a ledger entry or a lot movement carries a debit as negative
 * points, and a staff adjustment's delta goes either way. Where an amount must be positive (a
 * balance never below zero, a lot holding points, a price) the rule that needs it checks it with
 * {@link #isPositive()} or {@link #isNegative()}, so the refusal names that rule rather than this
 * type. Sits beside {@link Money} in {@code shared} because orders, catalog, campaigns and
 * fulfilment speak of points as much as the points feature does.
 *
 * <p>Persistence keeps plain {@code long} columns: entities hold the number and answer Points, so
 * JPQL sums and comparisons stay as they were.
 */
public record Points(long value) implements Comparable<Points> {
    public static final Points ZERO = new Points(0);

    public static Points of(long value) {
        return value == 0 ? ZERO : new Points(value);
    }

    public static Points sum(Stream<Points> points) {
        return of(points.mapToLong(Points::value).sum());
    }

    public Points plus(Points other) {
        return of(Math.addExact(value, other.value));
    }

    public Points minus(Points other) {
        return of(Math.subtractExact(value, other.value));
    }

    public Points negate() {
        return of(Math.negateExact(value));
    }

    public Points times(long factor) {
        return of(Math.multiplyExact(value, factor));
    }

    public static Points min(Points a, Points b) {
        return a.value <= b.value ? a : b;
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isPositive() {
        return value > 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isLessThan(Points other) {
        return value < other.value;
    }

    public boolean isGreaterThan(Points other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(value, other.value);
    }

    /** "1200 points", "-50 points": for logs and messages; the wire carries {@link #value()}. */
    @Override
    public String toString() {
        return value + " points";
    }
}
