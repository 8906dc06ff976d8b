package io.jifen.customers;

/** Credit grades, best first; a gift may require a minimum grade. */
public enum CreditRating {
    AAA, AA, A, BBB, BB, B, C;

    public boolean isAtLeast(CreditRating required) {
        return compareTo(required) <= 0;
    }
}
