package io.jifen.shared.integrity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a chain as stored: every record's hash recomputed from its content, every link followed
 * from the genesis to the head. Answers the first break, in the order the records were written.
 */
public final class ChainWalk {
    /** What is wrong with a record. */
    public enum Problem {
        /** Its content no longer hashes to the hash stored with it: the row was edited. */
        CONTENT_CHANGED,
        /** It names a previous hash that is not the record before it: a row was removed, re-hashed or moved. */
        LINK_BROKEN,
        /** Two records follow the same one. */
        FORKED,
        /** The chain's last record is not the head kept for it: its newest rows were removed or replaced. */
        HEAD_MISMATCH
    }

    /** One stored record: its hash as stored, and as recomputed from its stored content and previous hash. */
    public record Link(long id, String previous, String stored, String recomputed) {
    }

    public record Break(long id, Problem problem) {
    }

    private ChainWalk() {
    }

    /**
     * One customer's chain, its records in any order: they are followed by their links from the
     * genesis, since the ids of one customer's entries need not follow the order they were chained in.
     */
    public static Optional<Break> walk(List<Link> links, String head) {
        var byId = links.stream().sorted(Comparator.comparingLong(Link::id)).toList();
        for (Link link : byId) {
            if (link.stored() == null || !link.stored().equals(link.recomputed())) {
                return Optional.of(new Break(link.id(), Problem.CONTENT_CHANGED));
            }
        }
        Map<String, Link> after = new HashMap<>();
        for (Link link : byId) {
            if (after.putIfAbsent(String.valueOf(link.previous()), link) != null) {
                return Optional.of(new Break(link.id(), Problem.FORKED));
            }
        }
        Set<Long> reached = new HashSet<>();
        String current = HashChain.GENESIS;
        Link last = null;
        for (Link next = after.get(current); next != null; next = after.get(current)) {
            reached.add(next.id());
            last = next;
            current = next.stored();
        }
        for (Link link : byId) {
            if (!reached.contains(link.id())) {
                return Optional.of(new Break(link.id(), Problem.LINK_BROKEN));
            }
        }
        String expected = head == null ? HashChain.GENESIS : head;
        if (!current.equals(expected)) {
            return Optional.of(new Break(last == null ? 0 : last.id(), Problem.HEAD_MISMATCH));
        }
        return Optional.empty();
    }

    /** A chain read in the order it was written (the audit log, by id), one record at a time. */
    public static final class Sequential {
        private String previous = HashChain.GENESIS;
        private long lastId;
        private long count;
        private Break first;

        public void accept(Link link) {
            count++;
            if (first == null) {
                if (link.stored() == null || !link.stored().equals(link.recomputed())) {
                    first = new Break(link.id(), Problem.CONTENT_CHANGED);
                } else if (!previous.equals(link.previous())) {
                    first = new Break(link.id(), Problem.LINK_BROKEN);
                }
            }
            previous = link.stored() == null ? "" : link.stored();
            lastId = link.id();
        }

        /** The first break, or a mismatch with the head kept for the chain. */
        public Optional<Break> end(String head) {
            if (first == null && !previous.equals(head == null ? HashChain.GENESIS : head)) {
                first = new Break(lastId, Problem.HEAD_MISMATCH);
            }
            return Optional.ofNullable(first);
        }

        public long count() {
            return count;
        }
    }
}
