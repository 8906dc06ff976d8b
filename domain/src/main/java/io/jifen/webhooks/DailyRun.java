package io.jifen.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A job that runs once a bank day whichever server gets to it first: the server that moves
 * {@code lastRunOn} to today (a guarded update) runs it; the row is also the lock that keeps two
 * runs (a scheduled and a staff-started one) from announcing the same lot at once.
 */
@Entity
@Table(name = "webhook_daily_run")
public class DailyRun {
    public static final String POINTS_EXPIRING = "points-expiring";

    @Id
    @Column(name = "job", length = 64)
    private String job;
    @Column(name = "last_run_on")
    private LocalDate lastRunOn;

    protected DailyRun() {
    }

    public String job() { return job; }
    public LocalDate lastRunOn() { return lastRunOn; }
}
