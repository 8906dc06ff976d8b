/** The SHA-256 chains that make the ledger and the audit log tamper-evident. */
package io.jifen.shared.integrity;
