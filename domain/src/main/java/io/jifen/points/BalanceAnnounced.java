package io.jifen.points;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import java.time.Instant;

/** A customer's balance after work done many entries at a time (a file), announced once for all of them. */
public record BalanceAnnounced(CustomerId customerId, Points balance, String reference, Instant at) {
}
