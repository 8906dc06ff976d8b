/**
 * The webhook screen: partners' endpoints and every delivery by status, with replay for parked
 * ones.
 */
package io.jifen.ui.webhooks;
