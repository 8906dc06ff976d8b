/**
 * Points accounts, lots and ledger entries in the database (JPA). Ledger entries are only ever
 * inserted, and an account is locked for the length of a change.
 */
package io.jifen.points.persistence;
