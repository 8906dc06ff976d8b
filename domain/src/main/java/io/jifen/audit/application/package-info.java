/**
 * Writes and reads the audit log: every staff action, and every look at a customer's personal
 * data, recorded in the transaction that did it.
 */
package io.jifen.audit.application;
