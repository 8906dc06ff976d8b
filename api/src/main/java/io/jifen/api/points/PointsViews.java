package io.jifen.api.points;

import io.jifen.points.Accrual;
import io.jifen.points.AdjustmentRequest;
import io.jifen.points.EarningLine;
import io.jifen.points.EntryType;
import io.jifen.points.LedgerEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the ledger looks on the wire (api.md). */
public final class PointsViews {
    private PointsViews() {
    }

    public record EntryView(long id, EntryType type, long points, long balanceAfter, String reference,
                            Instant occurredAt, String description) {
        static EntryView of(LedgerEntry entry) {
            return new EntryView(entry.id(), entry.type(), entry.points().value(), entry.balanceAfter().value(), entry.reference(),
                    entry.occurredAt(), entry.description());
        }
    }

    public record ExpiringView(long points, Instant expiresAt) {
    }

    public record BalanceView(String customerId, long balance, long shortfall, List<ExpiringView> expiringSoon,
                              int serviceStarLevel) {
    }

    public record AccrualView(String sourceTxnId, String customerId, long points, List<Map<String, Object>> breakdown,
                              long balance) {
        static AccrualView of(Accrual accrual) {
            return new AccrualView(accrual.sourceTxnId(), accrual.customerId().value(), accrual.points().value(),
                    accrual.breakdown().stream().map(PointsViews::line).toList(), accrual.balanceAfter().value());
        }
    }

    public record ReversalView(String sourceTxnId, String customerId, long pointsReversed, long shortfall,
                               long balance, Instant reversedAt) {
        static ReversalView of(Accrual accrual) {
            return new ReversalView(accrual.sourceTxnId(), accrual.customerId().value(), accrual.reversedPoints().value(),
                    accrual.reversalShortfall().value(), accrual.balanceAfterReversal().value(), accrual.reversedAt());
        }
    }

    public record AdjustmentView(long entryId, String customerId, long points, long balance, String reason) {
    }

    /** An adjustment over the limits: who asked, who decided, and the ledger entry once approved. */
    public record AdjustmentRequestView(String requestId, String status, String customerId, long points, String reason,
                                        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                                        String decisionNote, Long entryId) {
        public static AdjustmentRequestView of(AdjustmentRequest r) {
            return new AdjustmentRequestView(r.id(), r.status().name(), r.customerId().value(), r.points().value(),
                    r.reason(), r.requestedBy(), r.requestedAt(), r.decidedBy(), r.decidedAt(), r.decisionNote(),
                    r.ledgerEntryId());
        }
    }

    /** {"rule": "DEPOSIT_BASE", "points": 20} or {"campaign": "...", "points": 10}. */
    private static Map<String, Object> line(EarningLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(line.kind() == EarningLine.Kind.RULE ? "rule" : "campaign", line.name());
        json.put("points", line.points().value());
        return json;
    }
}
