/**
 * Partners' webhooks over HTTP: administrators register endpoints, see deliveries by status and
 * replay parked ones.
 */
package io.jifen.api.webhooks;
