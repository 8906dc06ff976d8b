/**
 * The audit log over HTTP, for auditors' reports and tools: the same records the admin UI's audit
 * screen shows.
 */
package io.jifen.api.audit;
