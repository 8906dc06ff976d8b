/**
 * The outbox: events written in the same transaction as the change they report, so partners hear
 * of every committed change and of nothing that rolled back.
 */
package io.jifen.shared.outbox;
