/**
 * The batch intake over HTTP: core banking (or an administrator) uploads a nightly file, streamed
 * to disk; its job's progress, its refused rows as CSV, and stop, restart and abandon.
 */
package io.jifen.api.imports;
