/** JPA storage of the ledger seals. */
package io.jifen.audit.persistence;
