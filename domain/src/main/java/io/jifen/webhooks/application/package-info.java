/**
 * Webhook use cases: registering partners' endpoints, delivering outbox events to them signed,
 * retrying what fails and parking what keeps failing for replay, and announcing points about to
 * expire.
 */
package io.jifen.webhooks.application;
