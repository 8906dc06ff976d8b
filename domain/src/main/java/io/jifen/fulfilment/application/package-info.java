/**
 * Fulfilment use cases: each step that takes an order to its end (allocate, ship, ready for
 * pickup, hand over, deliver, fail and refund), the board and its overdue orders, carriers'
 * updates applied once per event, and expiring pickups that were never collected.
 */
package io.jifen.fulfilment.application;
