package io.jifen.catalog.application;

import io.jifen.shared.Message;
import io.jifen.shared.GiftId;
import io.jifen.catalog.CatalogRepository;
import io.jifen.catalog.Gift;
import io.jifen.catalog.LowStockWarning;
import io.jifen.catalog.OutOfStockException;
import io.jifen.catalog.StockAdjustment;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.UnknownGiftException;
import io.jifen.catalog.WarningSort;
import io.jifen.shared.InvalidRequestException;
import io.jifen.audit.application.AuditLog;
import io.jifen.shared.Paged;
import io.jifen.shared.Sorting;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Stock per location. Units leave only through a guarded update that refuses to go below zero,
 * so two customers racing for the last unit cannot both get it, on any number of servers.
 */
@ApplicationScoped
@Transactional
public class StockService {
    @Inject
    CatalogRepository catalog;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    public record WarningPage(List<LowStockWarning> items, int page, int size, long total) implements Paged<LowStockWarning> {
    }

    /** An open warning with the gift it is about and that gift's stock now. */
    public record WarningLine(LowStockWarning warning, Gift gift, long totalStock) {
    }

    /**
     * A staff adjustment with its reason, recorded as the current actor's; refused whole if it
     * would take stock below zero.
     */
    @RequiresRole(Roles.PROCUREMENT)
    public StockAdjustment adjust(GiftId giftId, String locationCode, long delta, String reason) {
        StockAdjustment.checkQuantity(delta);
        catalog.findGift(giftId).orElseThrow(() -> new UnknownGiftException(giftId));
        location(locationCode);
        if (delta > 0) {
            catalog.putStock(giftId, locationCode, delta);
        } else if (!catalog.takeStock(giftId, locationCode, -delta)) {
            throw new OutOfStockException(giftId, locationCode);
        }
        var adjustment = new StockAdjustment(giftId, locationCode, delta, catalog.stockAt(giftId, locationCode),
                reason, Actors.current().name(), clock.instant());
        catalog.addAdjustment(adjustment);
        audit.record("adjusted stock", "gift:" + giftId, delta + " at " + locationCode + ": " + reason);
        reviewLowStock(giftId);
        return adjustment;
    }

    /** For an order, inside its transaction: takes the units or throws, leaving nothing taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(GiftId giftId, String locationCode, long quantity) {
        if (!catalog.takeStock(giftId, locationCode, quantity)) {
            throw new OutOfStockException(giftId, locationCode);
        }
        reviewLowStock(giftId);
    }

    /**
     * Takes the units in one guarded update if the location keeps more than the gift's low-stock
     * threshold after it, answering whether it did. Then the gift's total stays above the threshold
     * too, so there is no warning to review and the order pays one round trip for its stock; when
     * it answers false, {@link #take} does the full work.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeWellStocked(GiftId giftId, String locationCode, long quantity, long lowStockThreshold) {
        return catalog.takeStockLeaving(giftId, locationCode, quantity, lowStockThreshold + 1);
    }

    /** Takes the units if they are there (a guarded update), answering whether it did; never throws for stock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryTake(GiftId giftId, String locationCode, long quantity) {
        if (!catalog.takeStock(giftId, locationCode, quantity)) {
            return false;
        }
        reviewLowStock(giftId);
        return true;
    }

    /** Units coming back (a cancelled order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void putBack(GiftId giftId, String locationCode, long quantity) {
        catalog.putStock(giftId, locationCode, quantity);
        reviewLowStock(giftId);
    }

    public long stockAt(GiftId giftId, String locationCode) {
        return catalog.stockAt(giftId, locationCode);
    }

    public Map<String, Long> stockByLocation(GiftId giftId) {
        catalog.findGift(giftId).orElseThrow(() -> new UnknownGiftException(giftId));
        return catalog.stockByLocation(giftId);
    }

    public WarningPage warnings(boolean openOnly, int page, int size) {
        return new WarningPage(catalog.warnings(openOnly, page, size), page, size, catalog.countWarnings(openOnly));
    }

    /** For a lazy grid: open warnings, newest first, skipping the first {@code offset}. */
    public List<WarningLine> openWarnings(int offset, int limit) {
        return openWarnings(Sorting.none(), offset, limit);
    }

    /** For a lazy grid: open warnings in the order staff chose by a column (newest first when none is). */
    public List<WarningLine> openWarnings(Sorting<WarningSort> sorting, int offset, int limit) {
        var warnings = catalog.warningsFrom(true, sorting, offset, limit);
        var stock = catalog.totalStock(warnings.stream().map(w -> w.giftId().value()).distinct().toList());
        return warnings.stream().map(w -> new WarningLine(w,
                catalog.findGift(w.giftId()).orElseThrow(() -> new UnknownGiftException(w.giftId())),
                stock.getOrDefault(w.giftId().value(), 0L))).toList();
    }

    public long countOpenWarnings() {
        return catalog.countWarnings(true);
    }

    public StockLocation location(String code) {
        return catalog.findLocation(code)
                .orElseThrow(() -> new InvalidRequestException("location", Message.of("unknown.stockLocation", code)));
    }

    /**
     * A warning is raised once when total stock falls to the threshold and resolved when it rises
     * above. The gift row is locked only then, so concurrent changes do not raise two warnings.
     */
    private void reviewLowStock(GiftId giftId) {
        Gift gift = catalog.findGift(giftId).orElseThrow(() -> new UnknownGiftException(giftId));
        long total = catalog.totalStock(giftId);
        boolean low = total <= gift.lowStockThreshold();
        var open = catalog.openWarning(giftId);
        if (low == open.isPresent()) {
            return;
        }
        catalog.lockGift(giftId);
        open = catalog.openWarning(giftId);
        total = catalog.totalStock(giftId);
        low = total <= gift.lowStockThreshold();
        if (low && open.isEmpty()) {
            catalog.addWarning(new LowStockWarning(giftId, total, gift.lowStockThreshold(), clock.instant()));
        } else if (!low && open.isPresent()) {
            open.get().resolve(clock.instant());
        }
    }
}
