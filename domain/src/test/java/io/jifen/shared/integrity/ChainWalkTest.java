package io.jifen.shared.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.shared.integrity.ChainWalk.Link;
import io.jifen.shared.integrity.ChainWalk.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {
    /** A chain of n records whose content is "record i", linked as the application links them. */
    private static List<Link> chain(int n) {
        List<Link> links = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            String hash = HashChain.link(previous, "record " + i);
            links.add(new Link(i, previous, hash, hash));
            previous = hash;
        }
        return links;
    }

    private static String head(List<Link> links) {
        return links.getLast().stored();
    }

    @Test
    void an_untouched_chain_is_whole_in_whatever_order_its_rows_are_read() {
        var links = chain(5);
        assertThat(ChainWalk.walk(links, head(links))).isEmpty();
        assertThat(ChainWalk.walk(links.reversed(), head(links))).isEmpty();
        assertThat(ChainWalk.walk(List.of(), null)).isEmpty();
    }

    @Test
    void an_edited_record_no_longer_matches_its_hash() {
        var links = new ArrayList<>(chain(5));
        var edited = links.get(2);
        links.set(2, new Link(edited.id(), edited.previous(), edited.stored(), HashChain.link(edited.previous(), "edited")));
        assertThat(ChainWalk.walk(links, head(links))).contains(new ChainWalk.Break(3, Problem.CONTENT_CHANGED));
    }

    @Test
    void a_removed_record_leaves_the_next_one_unlinked() {
        var links = new ArrayList<>(chain(5));
        String head = head(links);
        links.remove(2);
        assertThat(ChainWalk.walk(links, head)).contains(new ChainWalk.Break(4, Problem.LINK_BROKEN));
    }

    @Test
    void removing_the_newest_records_does_not_match_the_head_kept_for_the_chain() {
        var links = new ArrayList<>(chain(5));
        String head = head(links);
        links.removeLast();
        assertThat(ChainWalk.walk(links, head)).contains(new ChainWalk.Break(4, Problem.HEAD_MISMATCH));
    }

    @Test
    void two_records_after_the_same_one_are_a_fork() {
        var links = new ArrayList<>(chain(3));
        String forged = HashChain.link(links.get(0).stored(), "forged");
        links.add(new Link(9, links.get(0).stored(), forged, forged));
        assertThat(ChainWalk.walk(links, head(links))).map(ChainWalk.Break::problem).contains(Problem.FORKED);
    }

    @Test
    void the_sequential_walk_finds_the_first_break_in_write_order() {
        var walk = new ChainWalk.Sequential();
        var links = chain(4);
        walk.accept(links.get(0));
        walk.accept(links.get(2));
        walk.accept(links.get(3));
        assertThat(walk.end(head(links))).contains(new ChainWalk.Break(3, Problem.LINK_BROKEN));
        assertThat(walk.count()).isEqualTo(3);
    }

    @Test
    void fields_are_hashed_with_their_lengths_so_they_cannot_run_together() {
        assertThat(HashChain.link(HashChain.GENESIS, "ab", "c")).isNotEqualTo(HashChain.link(HashChain.GENESIS, "a", "bc"));
        assertThat(HashChain.link(HashChain.GENESIS, (Object) null)).isNotEqualTo(HashChain.link(HashChain.GENESIS, ""));
    }

    @Test
    void times_hash_as_the_database_keeps_them_to_the_microsecond() {
        Instant written = Instant.parse("2026-11-30T01:02:03.123456789Z");
        Instant readBack = Instant.parse("2026-11-30T01:02:03.123456Z");
        assertThat(HashChain.storable(written)).isEqualTo(readBack);
        assertThat(HashChain.link(HashChain.GENESIS, HashChain.storable(written)))
                .isEqualTo(HashChain.link(HashChain.GENESIS, readBack));
    }
}
