/**
 * The bank's clock and calendar. One clock for the whole application, so rules take time as a
 * parameter and tests fix it; one time zone, so lot expiry and monthly quotas follow the bank's
 * calendar.
 */
package io.jifen.shared.time;
