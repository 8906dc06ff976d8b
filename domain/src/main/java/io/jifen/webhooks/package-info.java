/**
 * Partner webhooks: the endpoints partners register (each with the event types it wants and a
 * secret the server generates and shows once), and the delivery of every committed outbox event
 * to them. Owns the routing rule (an order event goes to the order's partner only; a points event
 * to every partner that subscribes to its type, since points belong to the bank's customer, not
 * to one storefront), the signature, the retry schedule with its parking after the retry window,
 * and the ordering rule: deliveries to one endpoint about one customer go out in the order the
 * events were written, each waiting while an earlier one is neither delivered nor parked.
 */
package io.jifen.webhooks;
