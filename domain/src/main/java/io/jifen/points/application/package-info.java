/**
 * Points use cases: accrual from core banking's transactions, staff adjustments, expiry run on
 * the bank's calendar, and the locked account every balance change goes through so two changes
 * never race on one ledger.
 */
package io.jifen.points.application;
