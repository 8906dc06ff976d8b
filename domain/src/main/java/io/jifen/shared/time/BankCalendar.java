package io.jifen.shared.time;

import java.time.ZoneId;

/** The bank's own time zone: calendar-based rules (lot expiry, monthly quotas) follow its calendar. */
public final class BankCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BankCalendar() {
    }
}
