package db.migration;

import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lots, lot movements and order history steps take their ids in blocks of 50, one sequence call
 * per block instead of one per row, so a redemption or an accrual asks the database nothing for
 * them (issue 14). JPA treats the value a call answers as the last id of its block, so each
 * sequence restarts 50 past the highest id already used: the first block starts right after it.
 * Ledger entries and outbox events keep one id per call: their ids order a customer's entries
 * and events, which blocks handed to several servers would not.
 */
public class V13__ids_in_blocks extends BaseJavaMigration {
    static final int BLOCK = 50;
    private static final Map<String, String> SEQUENCE_OF_TABLE = Map.of(
            "points_lot", "points_lot_seq",
            "lot_movement", "lot_movement_seq",
            "order_status_change", "order_status_change_seq");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (var table : SEQUENCE_OF_TABLE.entrySet()) {
                long highest;
                try (var rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table.getKey())) {
                    rs.next();
                    highest = rs.getLong(1);
                }
                statement.execute("ALTER SEQUENCE " + table.getValue() + " RESTART WITH " + (highest + BLOCK)
                        + " INCREMENT BY " + BLOCK);
            }
        }
    }
}
