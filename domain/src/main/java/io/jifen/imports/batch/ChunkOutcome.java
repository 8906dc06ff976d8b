package io.jifen.imports.batch;

import io.jifen.customers.StarLevel;
import io.jifen.imports.ImportReject;
import io.jifen.imports.LevelMove;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a chunk's rows came to: applied now, applied before, or refused; whose balances they touched; whose levels moved. */
final class ChunkOutcome {
    final List<ImportReject> rejects = new ArrayList<>();
    final Set<String> touched = new TreeSet<>();
    final Map<LevelMove, Long> levelMoves = new TreeMap<>();
    long applied;
    long already;

    void reject(ImportReject reject) {
        rejects.add(reject);
    }

    /** A row applied that moved no balance. */
    void applied() {
        applied++;
    }

    /** A row applied that moved the customer's balance. */
    void applied(String customer) {
        applied++;
        touched.add(customer);
    }

    void already(String customer) {
        already++;
        touched.add(customer);
    }

    /** A customer's service level was judged again: counted by where it was and where it is. */
    void rated(StarLevel before, StarLevel after) {
        applied++;
        levelMoves.merge(new LevelMove(before, after), 1L, Long::sum);
    }
}
