package io.jifen.audit;

import java.util.List;

/** The ledger seals and the mark of where sealing stands. */
public interface SealStore {
    /** The mark, locked until the transaction ends: servers seal one at a time. */
    LedgerSealMark lockMark();

    /** The newest ledger entry id, 0 when there is none. */
    long newestEntryId();

    void add(LedgerSeal seal);

    /** Newest first. */
    List<LedgerSeal> seals(int page, int size);
}
