/**
 * Redemption orders, their history and idempotency records in the database (JPA); a repeated
 * idempotency key is found here, so a retried order is placed once.
 */
package io.jifen.orders.persistence;
