package io.jifen.points;

import io.jifen.shared.Points;
import io.jifen.shared.security.StaffIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The points one member of staff has moved alone on one bank day. Its row is locked while an
 * adjustment is weighed against the daily limit, so two servers cannot both let the same person
 * past it.
 */
@Entity
@Table(name = "staff_adjustment_day")
public class StaffAdjustmentDay {
    @Id
    @Column(name = "id", length = 120)
    private String id;
    @Column(name = "staff_id", nullable = false, length = 100)
    private String staffId;
    @Column(name = "bank_day", nullable = false)
    private LocalDate bankDay;
    @Column(name = "points_moved", nullable = false)
    private long pointsMoved;

    protected StaffAdjustmentDay() {
    }

    public StaffAdjustmentDay(String staffId, LocalDate bankDay) {
        this.id = key(staffId, bankDay);
        this.staffId = staffId;
        this.bankDay = bankDay;
    }

    /** One row per person and day; the person by their canonical identity, so case or spacing does not split it. */
    public static String key(String staffId, LocalDate bankDay) {
        String canonical = StaffIdentity.of(staffId).canonical();
        return bankDay + "/" + (canonical.length() > 100 ? canonical.substring(0, 100) : canonical);
    }

    public void moved(Points delta) {
        pointsMoved += Math.abs(delta.value());
    }

    public Points pointsMoved() { return Points.of(pointsMoved); }
    public LocalDate bankDay() { return bankDay; }
    public String staffId() { return staffId; }
}
