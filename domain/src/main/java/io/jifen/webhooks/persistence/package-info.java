/**
 * Webhook endpoints and deliveries in the database (JPA), so a delivery survives a restart and
 * each is taken by one server only.
 */
package io.jifen.webhooks.persistence;
