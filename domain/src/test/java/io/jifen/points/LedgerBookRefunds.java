package io.jifen.points;

import java.time.Instant;

/** Test support: refunding through a {@link LedgerBook}, keeping what the refund wrote as the repository would. */
final class LedgerBookRefunds {
    private LedgerBookRefunds() {
    }

    /** Refunds the redemption a spend posting wrote, with the movements that posting recorded. */
    static Posting refund(LedgerBook book, Posting redemption, Instant now) {
        var entry = redemption.mainEntry();
        return book.keep(book.account.refund(entry, redemption.movements(), now,
                LedgerBook.origin("REF-" + entry.reference(), now)));
    }
}
