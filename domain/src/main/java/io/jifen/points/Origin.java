package io.jifen.points;

import java.time.Instant;
import java.util.Objects;

/** What caused a balance change, as its ledger entry will name it. */
public record Origin(String reference, String description, String actor, Instant occurredAt) {
    public Origin {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
