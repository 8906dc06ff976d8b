package db.migration;

import io.jifen.shared.time.BankCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The monthly redemption quota reads the points account (locked by every redemption anyway)
 * instead of summing the customer's orders of the month (issue 14). The account keeps the month
 * (yyyymm, bank calendar) and what orders not given up redeemed in it; this fills both from the
 * orders of the current month, so the quota holds across the upgrade.
 */
public class V14__redeemed_in_month_on_the_account extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE points_account ADD COLUMN redeemed_month INTEGER");
            statement.execute("ALTER TABLE points_account ADD COLUMN redeemed_in_month BIGINT DEFAULT 0 NOT NULL");
        }
        LocalDate monthStart = LocalDate.now(BankCalendar.ZONE).withDayOfMonth(1);
        int month = monthStart.getYear() * 100 + monthStart.getMonthValue();
        // bound as JPA binds an Instant, so it compares with created_at as written
        var since = Timestamp.from(monthStart.atStartOfDay(BankCalendar.ZONE).toInstant());
        try (var update = connection.prepareStatement("""
                UPDATE points_account SET redeemed_month = ?, redeemed_in_month = COALESCE((
                    SELECT SUM(o.points_charged) FROM redemption_order o
                    WHERE o.customer_id = points_account.customer_id AND o.created_at >= ?
                      AND o.status NOT IN ('CANCELLED', 'REFUNDED', 'FAILED')), 0)""")) {
            update.setInt(1, month);
            update.setTimestamp(2, since);
            update.executeUpdate();
        }
    }
}
